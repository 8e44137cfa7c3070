package org.digitworkbench.api.mnist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.digitworkbench.api.DigitImage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged file in the MNIST folder is named with what is wrong and what to do, whichever file it is. */
class MnistStoreTest {

    @TempDir
    Path dir;

    private MnistStore store;

    /** Four files of MNIST's names, sizes and headers, blank digits labelled 0 (sparse: nothing on disk). */
    @BeforeEach
    void blankMnist() throws IOException {
        store = new MnistStore(dir);
        for (MnistFile f : MnistFile.values()) {
            boolean images = f.fileName().contains("images");
            int count = (int) ((f.size() - (images ? 16 : 8)) / (images ? DigitImage.PIXELS : 1));
            byte[] header = images ? IdxReaderTest.idx(0x08, new int[] {count, 28, 28}, new byte[0])
                    : IdxReaderTest.idx(0x08, new int[] {count}, new byte[0]);
            resize(Files.write(store.file(f), header), f.size());
        }
        assertEquals(10_000, store.load(MnistStore.Split.TEST).size());
    }

    @Test
    void aTruncatedFileIsNamedWithItsSize() throws IOException {
        Path labels = resize(store.file(MnistFile.TEST_LABELS), 10_007);
        assertFails(MnistStore.Split.TEST, labels + ": 10007 bytes, MNIST's has 10008 (truncated or another file):"
                + " run 'digits fetch-mnist' to fetch it again");
    }

    @Test
    void aFolderInPlaceOfAFileIsNamed() throws IOException {
        Path images = store.file(MnistFile.TRAIN_IMAGES);
        Files.delete(images);
        Files.createDirectory(images);
        assertFails(MnistStore.Split.TRAIN, images + ": is a folder, not MNIST's file: remove it and run"
                + " 'digits fetch-mnist'");
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        Files.delete(store.file(MnistFile.TEST_IMAGES));
        assertFails(MnistStore.Split.TEST, "MNIST is not in " + dir + " (no t10k-images-idx3-ubyte): run 'digits"
                + " fetch-mnist'");
    }

    @Test
    void aLabelThatIsNoDigitIsNamed() throws IOException {
        Path labels = store.file(MnistFile.TEST_LABELS);
        try (RandomAccessFile f = new RandomAccessFile(labels.toFile(), "rw")) {
            f.seek(8 + 4321);
            f.write(12);
        }
        assertFails(MnistStore.Split.TEST, labels + ": label 4321 is 12, not a digit 0-9");
    }

    /** Same size as MNIST's, but another kind of IDX file: the header is what tells. */
    @Test
    void aForeignHeaderIsNamed() throws IOException {
        Path images = store.file(MnistFile.TEST_IMAGES);
        try (RandomAccessFile f = new RandomAccessFile(images.toFile(), "rw")) {
            f.writeInt(0x0801); // one dimension: a labels file renamed
        }
        assertFails(MnistStore.Split.TEST, images + ": has 1 dimensions, expected 3");
    }

    /** Where images and labels are paired, their counts must agree. */
    @Test
    void imagesAndLabelsOfDifferentCountsAreNotPaired() throws IOException {
        Path images = Files.write(dir.resolve("three-images"), IdxReaderTest.idx(0x08, new int[] {3, 28, 28},
                new byte[3 * DigitImage.PIXELS]));
        Path labels = Files.write(dir.resolve("two-labels"), IdxReaderTest.idx(0x08, new int[] {2}, new byte[2]));
        IdxImages read = IdxReader.readImages(images);
        byte[] digits = IdxReader.readLabels(labels);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MnistSplit("test", read, digits));
        assertEquals("test: 3 images but 2 labels", e.getMessage());
    }

    private void assertFails(MnistStore.Split split, String message) {
        IOException e = assertThrows(IOException.class, () -> store.load(split));
        assertEquals(message, e.getMessage());
    }

    private static Path resize(Path file, long length) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(length);
        }
        return file;
    }
}
