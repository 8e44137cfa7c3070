package org.digitworkbench.inference;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;
import java.util.stream.Stream;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Where ND4J's, OpenBLAS's and JavaCPP's native libraries are: under the {@code natives/} folder of this bundle,
 * which is installed as a folder (unpacked at build time from their linux-x86_64 jars, which are not embedded). JavaCPP is
 * told to look there first, so it loads them in place instead of copying them into the user's cache (it still
 * copies OpenBLAS once, ~30 MB, under the name the ND4J backend asks for).
 */
final class NativeLibraries {

    static final String FOLDER = "natives";
    /** The library whose absence means the folder is not there or not complete. */
    static final String PROBE = "libjnind4jcpu.so";

    private NativeLibraries() {
    }

    /** Points JavaCPP at the folders of the bundle's natives; says clearly when they are missing. */
    static void useBundleFolder() {
        List<Path> folders = libraryFolders(folder());
        if (folders.stream().noneMatch(f -> Files.isRegularFile(f.resolve(PROBE)))) {
            throw new IllegalStateException("ND4J's native libraries are missing: no " + PROBE + " under "
                    + folder() + "; the product is incomplete, install it again");
        }
        System.setProperty("org.bytedeco.javacpp.pathsFirst", "true");
        StringJoiner paths = new StringJoiner(File.pathSeparator);
        folders.forEach(f -> paths.add(f.toString()));
        String before = System.getProperty("java.library.path", "");
        if (!before.startsWith(paths.toString())) {
            System.setProperty("java.library.path", before.isEmpty() ? paths.toString() : paths + File.pathSeparator
                    + before);
        }
    }

    /** The folders under {@code natives/} that hold shared libraries (each jar's own linux-x86_64 folder). */
    private static List<Path> libraryFolders(Path natives) {
        if (!Files.isDirectory(natives)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(natives, 12)) {
            return files.filter(f -> f.getFileName().toString().matches("lib.*\\.so(\\..*)?"))
                    .map(Path::getParent).distinct().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path folder() {
        Bundle bundle = FrameworkUtil.getBundle(NativeLibraries.class);
        File location = bundle == null ? null : FileLocator.getBundleFileLocation(bundle).orElse(null);
        if (location == null || !location.isDirectory()) {
            throw new IllegalStateException("ND4J's native libraries need the inference bundle installed as a folder, found "
                    + location);
        }
        return location.toPath().resolve(FOLDER);
    }
}
