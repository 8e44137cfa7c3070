package org.digitworkbench.ui.widgets;

import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;

/** Palettes for the 8-bit images of ink that several views paint. */
public final class Palettes {

    private static final PaletteData GRAYS = buildGrays();

    private Palettes() {
    }

    /** 256 grays, index = brightness. Shared: SWT only reads a palette. */
    public static PaletteData gray() {
        return GRAYS;
    }

    private static PaletteData buildGrays() {
        RGB[] rgbs = new RGB[256];
        for (int i = 0; i < 256; i++) {
            rgbs[i] = new RGB(i, i, i);
        }
        return new PaletteData(rgbs);
    }
}
