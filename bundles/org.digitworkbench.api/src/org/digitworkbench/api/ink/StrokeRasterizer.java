package org.digitworkbench.api.ink;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.digitworkbench.api.image.InkImage;

/**
 * Renders strokes off screen as anti-aliased round-capped lines (Java 2D, no display needed): for image files, the
 * command line and tests. The workbench canvas draws the same strokes with SWT.
 */
public final class StrokeRasterizer {

    private StrokeRasterizer() {
    }

    public static BufferedImage render(List<Stroke> strokes, int width, int height, float penWidth) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(penWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (Stroke s : strokes) {
                Path2D.Float path = new Path2D.Float();
                path.moveTo(s.x(0), s.y(0));
                if (s.size() == 1) {
                    path.lineTo(s.x(0), s.y(0));
                }
                for (int i = 1; i < s.size(); i++) {
                    path.lineTo(s.x(i), s.y(i));
                }
                g.draw(path);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Renders and converts to ink values (dark ink on white paper becomes ink 1 on 0). */
    public static InkImage renderInk(List<Stroke> strokes, int width, int height, float penWidth) {
        BufferedImage image = render(strokes, width, height, penWidth);
        float[] ink = new float[width * height];
        byte[] gray = ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < ink.length; i++) {
            ink[i] = 1f - (gray[i] & 0xff) / 255f;
        }
        return new InkImage(width, height, ink);
    }
}
