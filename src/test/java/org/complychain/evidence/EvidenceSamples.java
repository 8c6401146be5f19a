package org.complychain.evidence;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Small real files of every allowed type, and the impostors an upload must refuse. */
final class EvidenceSamples {

  private EvidenceSamples() {}

  /** A unique token inside each sample, so that no two tests upload the same bytes. */
  private static String unique() {
    return Long.toHexString(new Random().nextLong());
  }

  static byte[] pdf() {
    return ("%PDF-1.4\n% "
            + unique()
            + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] png() {
    return image("png");
  }

  static byte[] jpeg() {
    return image("jpg");
  }

  static byte[] csv() {
    return ("supplier,country,audited\nAcme " + unique() + ",MY,2027-03-01\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  static byte[] text() {
    return ("Grievance log, first quarter. Reference " + unique() + ". Três queixas, résolues.\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  static byte[] docx() {
    return zip(
        new String[] {
          "[Content_Types].xml", "<Types/>",
          "_rels/.rels", "<Relationships/>",
          "word/document.xml", "<w:document>" + unique() + "</w:document>"
        },
        null);
  }

  static byte[] xlsx() {
    return zip(
        new String[] {
          "[Content_Types].xml", "<Types/>",
          "_rels/.rels", "<Relationships/>",
          "xl/workbook.xml", "<workbook>" + unique() + "</workbook>"
        },
        null);
  }

  static byte[] odt() {
    return zip(
        new String[] {
          "content.xml", "<office:document-content>" + unique() + "</office:document-content>"
        },
        "application/vnd.oasis.opendocument.text");
  }

  static byte[] ods() {
    return zip(
        new String[] {
          "content.xml", "<office:document-content>" + unique() + "</office:document-content>"
        },
        "application/vnd.oasis.opendocument.spreadsheet");
  }

  static byte[] plainZip() {
    return zip(new String[] {"notes.txt", "just an archive " + unique()}, null);
  }

  /** The start of a Windows program: the DOS header pointing at a PE header. */
  static byte[] windowsProgram() {
    byte[] exe = new byte[1024];
    exe[0] = 'M';
    exe[1] = 'Z';
    exe[0x3c] = (byte) 0x80;
    exe[0x80] = 'P';
    exe[0x81] = 'E';
    byte[] tail = unique().getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(tail, 0, exe, 0x200, tail.length);
    return exe;
  }

  static byte[] linuxProgram() {
    byte[] elf = new byte[512];
    byte[] head = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0};
    System.arraycopy(head, 0, elf, 0, head.length);
    elf[16] = 2;
    elf[18] = 0x3e;
    byte[] tail = unique().getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(tail, 0, elf, 0x100, tail.length);
    return elf;
  }

  static byte[] html() {
    return ("<!DOCTYPE html>\n<html><head><title>x</title></head><body><script>alert('"
            + unique()
            + "')</script></body></html>\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  static byte[] svg() {
    return ("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
            + "<script>alert('"
            + unique()
            + "')</script></svg>\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A real PNG with a ZIP archive appended: an image viewer and an unzip tool both open it. */
  static byte[] pngZipPolyglot() {
    return concat(png(), plainZip());
  }

  /** A real PDF that also carries a script for a browser. */
  static byte[] pdfWithScript() {
    return ("%PDF-1.4\n% " + unique() + "\n<html><script>alert(1)</script></html>\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] both = new byte[a.length + b.length];
    System.arraycopy(a, 0, both, 0, a.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  private static byte[] image(String format) {
    BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    Random random = new Random();
    for (int x = 0; x < 8; x++) {
      for (int y = 0; y < 8; y++) {
        image.setRGB(x, y, random.nextInt());
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A ZIP of name/content pairs; an OpenDocument's mimetype entry comes first, uncompressed. */
  private static byte[] zip(String[] entries, String odfMimetype) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      if (odfMimetype != null) {
        byte[] type = odfMimetype.getBytes(StandardCharsets.US_ASCII);
        ZipEntry entry = new ZipEntry("mimetype");
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(type.length);
        CRC32 crc = new CRC32();
        crc.update(type);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(type);
        zip.closeEntry();
      }
      for (int i = 0; i < entries.length; i += 2) {
        zip.putNextEntry(new ZipEntry(entries[i]));
        zip.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
