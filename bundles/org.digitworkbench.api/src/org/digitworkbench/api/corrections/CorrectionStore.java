package org.digitworkbench.api.corrections;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.google.gson.JsonParseException;

/**
 * The user's data set: one JSON file per {@link Correction} in a folder of the user's own (by default
 * {@code ~/.digit-workbench/corrections}). A file is written beside its final name, forced to disk, then renamed
 * atomically, so a product killed mid-write leaves either the whole correction or none of it (a stray
 * {@code .tmp}, ignored). A file that cannot be read is reported and left where it is, never deleted.
 */
public final class CorrectionStore {

    static final String SUFFIX = ".json";
    static final String TEMPORARY = ".tmp";

    private final Path folder;

    public CorrectionStore(Path folder) {
        this.folder = folder;
    }

    /** {@code ~/.digit-workbench/corrections}, or the folder named by the system property digits.corrections. */
    public static CorrectionStore forUser() {
        String override = System.getProperty("digits.corrections");
        return new CorrectionStore(override != null && !override.isBlank() ? Path.of(override)
                : Path.of(System.getProperty("user.home"), ".digit-workbench", "corrections"));
    }

    public Path folder() {
        return folder;
    }

    /** The corrections that could be read, oldest first, and one line for each file that could not. */
    public record Contents(List<Correction> corrections, List<String> problems) {
    }

    /** Saves atomically. Fails with a message that names the folder and says what to do. */
    public Path save(Correction correction) throws IOException {
        byte[] json = CorrectionJson.write(correction).getBytes(StandardCharsets.UTF_8);
        Path target = folder.resolve(correction.id() + SUFFIX);
        Path temporary = folder.resolve(correction.id() + SUFFIX + TEMPORARY);
        try {
            Files.createDirectories(folder);
            try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(json);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the file system of " + folder + " cannot rename atomically", e);
            }
            return target;
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new IOException("cannot save the correction in " + folder + ": " + reason(e)
                    + "; make the folder writable, or start with -Ddigits.corrections=FOLDER", e);
        }
    }

    /** Everything saved so far; an empty set when the folder does not exist yet. */
    public Contents load() throws IOException {
        List<Correction> corrections = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (!Files.exists(folder)) {
            return new Contents(corrections, problems);
        }
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + " is a file, not the folder of your corrections; move it away");
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            dir.forEach(files::add);
        }
        for (Path file : files) {
            try {
                corrections.add(CorrectionJson.read(Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException | JsonParseException e) {
                problems.add(file.getFileName() + ": not a readable correction (" + reason(e) + "), left as it is");
            }
        }
        corrections.sort(Comparator.comparing(Correction::savedAt).thenComparing(Correction::id));
        return new Contents(corrections, problems);
    }

    /** Removes what a failed save left; the failure itself is what the user needs to hear about. */
    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // nothing was written there, or it is a stray .tmp that load() ignores
        }
    }

    private static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
