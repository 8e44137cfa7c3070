package org.digitworkbench.inference;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;

/**
 * Reads and writes model files: DL4J {@link ModelSerializer} zips plus our {@link ModelMetadata} entry. A file a
 * user hands us is checked before DL4J sees it: only the entries DL4J needs for a network's configuration and
 * weights are accepted, because DL4J would read others (preprocessor.bin, normalizer.bin, objects) with Java
 * deserialization. The network must take 28×28×1 inputs and give 10 classes.
 */
public final class ModelArchive {

    /** DL4J's entries for configuration and weights; the updater state is allowed and ignored. */
    private static final Set<String> ALLOWED = Set.of("configuration.json", "coefficients.bin", "updaterState.bin",
            "noParams.marker", ModelMetadata.ENTRY);
    private static final long MAX_BYTES = 256L << 20;

    public record Loaded(MultiLayerNetwork network, ModelMetadata metadata) {
    }

    private ModelArchive() {
    }

    public static Loaded read(Path file) throws IOException {
        return read(new ByteArrayInputStream(readBytes(file)), file.toString());
    }

    /** A model file's bytes, refused with a clear message when it is missing or far too large to be one. */
    public static byte[] readBytes(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such model file; give the path of a Deeplearning4j model zip, "
                    + "such as digits train writes");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException(file + ": larger than " + (MAX_BYTES >> 20) + " MiB, not one of our models");
        }
        return Files.readAllBytes(file);
    }

    /** Reads a model from a stream; {@code source} names it in messages. */
    public static Loaded read(InputStream in, String source) throws IOException {
        Map<String, byte[]> entries = unzip(in, source);
        if (!entries.containsKey("configuration.json") || !entries.containsKey("coefficients.bin")) {
            throw new IOException(source + ": not a Deeplearning4j model (configuration.json or coefficients.bin "
                    + "missing)");
        }
        Nd4jRuntime.ensureStarted();
        byte[] dl4jOnly = rezip(entries);
        MultiLayerNetwork network;
        try {
            network = ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(dl4jOnly), false);
        } catch (IOException | RuntimeException e) {
            throw new IOException(source + ": not a usable multi-layer network: " + rootMessage(e), e);
        }
        checkShape(network, source);
        String fileName = Path.of(source).getFileName().toString().replaceFirst("\\.zip$", "");
        String description = describe(network);
        byte[] meta = entries.get(ModelMetadata.ENTRY);
        ModelMetadata metadata = meta == null ? ModelMetadata.unknown(fileName, description)
                : ModelMetadata.fromJson(meta, fileName, description);
        return new Loaded(network, metadata);
    }

    /** Writes the network without updater state, plus its metadata. */
    public static void write(MultiLayerNetwork network, ModelMetadata metadata, Path file) throws IOException {
        ByteArrayOutputStream model = new ByteArrayOutputStream();
        ModelSerializer.writeModel(network, model, false);
        Map<String, byte[]> entries = unzip(new ByteArrayInputStream(model.toByteArray()), "serialized model");
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
            for (String name : new String[] {"configuration.json", "coefficients.bin"}) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(entries.get(name));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(ModelMetadata.ENTRY));
            zip.write(metadata.toJson());
            zip.closeEntry();
        }
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static Map<String, byte[]> unzip(InputStream in, String source) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                if (e.isDirectory()) {
                    continue;
                }
                if (!ALLOWED.contains(e.getName())) {
                    throw new IOException(source + ": unexpected entry '" + e.getName()
                            + "' (only a network's configuration and weights are accepted)");
                }
                byte[] content = zip.readNBytes((int) Math.min(MAX_BYTES - total + 1, Integer.MAX_VALUE - 8));
                total += content.length;
                if (total > MAX_BYTES) {
                    throw new IOException(source + ": larger than " + (MAX_BYTES >> 20) + " MiB, not one of our models");
                }
                entries.put(e.getName(), content);
            }
        } catch (ZipException | java.io.EOFException e) {
            throw new IOException(source + ": not a model zip or cut short (" + e.getMessage() + ")", e);
        }
        if (entries.isEmpty()) {
            throw new IOException(source + ": not a model zip (no entries)");
        }
        return entries;
    }

    private static byte[] rezip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                if (!e.getKey().equals(ModelMetadata.ENTRY) && !e.getKey().equals("updaterState.bin")) {
                    zip.putNextEntry(new ZipEntry(e.getKey()));
                    zip.write(e.getValue());
                    zip.closeEntry();
                }
            }
        }
        return out.toByteArray();
    }

    private static void checkShape(MultiLayerNetwork network, String source) throws IOException {
        int layers = network.getnLayers();
        if (layers == 0) {
            throw new IOException(source + ": the network has no layers");
        }
        if (!(network.getLayerWiseConfigurations().getConf(layers - 1).getLayer() instanceof FeedForwardLayer out)
                || out.getNOut() != 10) {
            throw new IOException(source + ": the network does not end in 10 classes");
        }
        try {
            network.output(org.nd4j.linalg.factory.Nd4j.zeros(1, 784), false);
        } catch (RuntimeException e) {
            throw new IOException(source + ": the network does not accept 28×28 images: " + rootMessage(e), e);
        }
    }

    /** One line per layer type, e.g. "ConvolutionLayer(20) BatchNormalization … OutputLayer(10)". */
    static String describe(MultiLayerNetwork network) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < network.getnLayers(); i++) {
            org.deeplearning4j.nn.conf.layers.Layer l = network.getLayerWiseConfigurations().getConf(i).getLayer();
            if (sb.length() > 0) {
                sb.append(" → ");
            }
            sb.append(l.getClass().getSimpleName().replace("Layer", "").replace("BatchNormalization", "BN"));
            if (l instanceof FeedForwardLayer ff && ff.getNOut() > 0) {
                sb.append('(').append(ff.getNOut()).append(')');
            }
        }
        return sb.toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }
}
