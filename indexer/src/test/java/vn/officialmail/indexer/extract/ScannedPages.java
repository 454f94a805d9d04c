package vn.officialmail.indexer.extract;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Test helper: Vietnamese pages as a scanner would deliver them, an image with no text layer,
 * rendered with DejaVu Sans (Debian package fonts-dejavu-core, installed by {@code .ci/run}).
 */
final class ScannedPages {

    /** A4 at 200 dpi. */
    static final int DPI = 200;

    private static final int WIDTH = 1654;
    private static final int HEIGHT = 2339;
    private static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    private ScannedPages() {}

    /** One A4 page at 200 dpi with the lines in 14 pt black on white. */
    static BufferedImage page(List<String> lines) throws IOException {
        Font font;
        try {
            font = Font.createFont(Font.TRUETYPE_FONT, FONT.toFile()).deriveFont(14f * DPI / 72f);
        } catch (FontFormatException e) {
            throw new IOException("not a TrueType font: " + FONT, e);
        }
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(font);
            int lineHeight = (int) (font.getSize2D() * 1.8f);
            int y = 2 * DPI / 2; // one-inch top margin, as in Decree 30/2020 layouts
            for (String line : lines) {
                g.drawString(line, DPI * 3 / 4, y);
                y += lineHeight;
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The page as a PNG file. */
    static byte[] png(List<String> lines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(page(lines), "png", out);
        return out.toByteArray();
    }

    /** The page as a one-page PDF holding only the image, like a scanner's PDF. */
    static byte[] pdf(List<String> lines) throws IOException {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(document, page(lines));
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
