package org.digitworkbench.api.mnist;

/** The content of an idx3-ubyte file: {@code count} images of rows × cols unsigned bytes, row-major. */
public record IdxImages(int count, int rows, int cols, byte[] pixels) {
}
