package org.digitworkbench.inference;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.CRC32;

import org.digitworkbench.api.ModelInfo;
import org.digitworkbench.inference.fast.FastNetwork;
import org.digitworkbench.inference.fast.FastNetworkCompiler;
import org.digitworkbench.inference.fast.FastNetworkCompiler.UnsupportedModelException;
import org.digitworkbench.inference.fast.FastNetworkFile;
import org.eclipse.core.runtime.ILog;

/**
 * Compiled networks that were verified against DL4J, one file per model file (named by the SHA-256 of its bytes)
 * in the user's cache folder. A model found here is served without starting ND4J, which takes most of a second
 * and two more of loading beside a starting workbench; ND4J starts later only if something needs DL4J itself
 * (fine-tuning, a DL4J-only model). What is read back is checked again against the DL4J answers recorded with it;
 * a file that fails any check is deleted and the model is loaded the long way.
 */
public final class CompiledNetworkCache {

    /** System property naming the folder (the launcher sets it to the user's cache folder). */
    public static final String FOLDER_PROPERTY = "digits.cacheDir";
    private static final String SUBFOLDER = "compiled-networks";
    private static final int MAGIC = 0x44574331; // "DWC1"
    /** Raised whenever what a file means changes, so that older files are simply not found. */
    private static final int VERSION = 1;
    /** Check inputs run again on every read: a kernel gone wrong fails on any of them, and each costs start-up time. */
    private static final int RECHECKED_INPUTS = 8;

    /** A network found in the cache with the facts about its model. */
    public record Entry(FastNetwork network, ModelInfo info) {
    }

    private final Path folder;

    /** A cache in {@code folder}; null means none (nothing is found or kept). */
    public CompiledNetworkCache(Path folder) {
        this.folder = folder;
    }

    /** The cache the launcher asked for, or none when run without it (tests, a bare OSGi start). */
    public static CompiledNetworkCache fromSystemProperty() {
        String dir = System.getProperty(FOLDER_PROPERTY);
        return new CompiledNetworkCache(dir == null || dir.isBlank() ? null : Path.of(dir, SUBFOLDER));
    }

    /** The verified network of this model file, if one was kept and still passes every check. */
    public Optional<Entry> find(byte[] modelBytes, String source) {
        if (folder == null) {
            return Optional.empty();
        }
        byte[] key = sha256(modelBytes);
        Path file = fileFor(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            int body = bytes.length - Long.BYTES;
            CRC32 crc = new CRC32();
            crc.update(bytes, 0, Math.max(body, 0));
            if (body < 0 || ByteBuffer.wrap(bytes, body, Long.BYTES).getLong() != crc.getValue()) {
                throw new IOException("damaged (checksum)");
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, body));
            if (in.readInt() != MAGIC || in.readInt() != VERSION || !Arrays.equals(in.readNBytes(key.length), key)) {
                throw new IOException("written for another model or by another version");
            }
            ModelInfo info = new ModelInfo(in.readUTF(), in.readUTF(), in.readLong(), in.readDouble(), source);
            FastNetworkCompiler.Verified verified = FastNetworkFile.read(in);
            if (in.available() != 0) {
                throw new IOException("unexpected bytes after the network");
            }
            FastNetworkCompiler.check(verified.network(), verified.dl4jOutputs(), RECHECKED_INPUTS);
            return Optional.of(new Entry(verified.network(), info));
        } catch (IOException | UnsupportedModelException | RuntimeException e) {
            ILog.of(CompiledNetworkCache.class).warn("Compiled network " + file + " not used, the model loads the "
                    + "long way: " + e.getMessage());
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a read-only cache: it is simply not used
            }
            return Optional.empty();
        }
    }

    /** Keeps a verified network for later starts; a failure to write only costs the next start time. */
    public void store(byte[] modelBytes, FastNetworkCompiler.Verified verified, ModelInfo info) {
        if (folder == null) {
            return;
        }
        byte[] key = sha256(modelBytes);
        Path file = fileFor(key);
        try {
            Files.createDirectories(folder);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.write(key);
            out.writeUTF(info.name());
            out.writeUTF(info.description());
            out.writeLong(info.parameters());
            out.writeDouble(info.testAccuracy());
            FastNetworkFile.write(verified, out);
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            out.writeLong(crc.getValue());
            Path partial = Files.createTempFile(folder, file.getFileName().toString(), ".part");
            try {
                Files.write(partial, bytes.toByteArray());
            } catch (IOException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            // another instance may be writing the same file: whichever move comes last wins, both are whole
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            ILog.of(CompiledNetworkCache.class).warn("Compiled network not kept in " + folder + ": " + e.getMessage());
        }
    }

    private Path fileFor(byte[] key) {
        return folder.resolve(HexFormat.of().formatHex(key) + ".dwc");
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
