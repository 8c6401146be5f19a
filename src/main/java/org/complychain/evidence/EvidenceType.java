package org.complychain.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Decides from the bytes, never from the name, what a file is, and accepts it only when that is one
 * of the allowed types and the same type its extension claims. Tika's magic detector names PDF,
 * images, text, HTML, SVG and executables. Office documents are ZIP containers, which tika-core
 * alone calls ZIP; this opens the container and checks the entries that make a real DOCX, XLSX, ODT
 * or ODS, so a plain ZIP renamed {@code .docx} is refused. Files that are also something else (a
 * PDF with a ZIP appended, an image carrying a script) are refused too.
 */
public final class EvidenceType {

  /** Why a file was refused. */
  public enum Refusal {
    EXTENSION,
    EXECUTABLE,
    MISMATCH,
    ACTIVE_CONTENT
  }

  /** The verdict: the media type to serve it with, or why not. */
  public record Verdict(String mediaType, Refusal refusal) {
    boolean accepted() {
      return refusal == null;
    }
  }

  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final String ODT = "application/vnd.oasis.opendocument.text";
  private static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";

  /** Extension → the type its content must have. */
  static final Map<String, String> ALLOWED =
      Map.ofEntries(
          Map.entry("pdf", "application/pdf"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("docx", DOCX),
          Map.entry("xlsx", XLSX),
          Map.entry("odt", ODT),
          Map.entry("ods", ODS),
          Map.entry("csv", "text/csv"),
          Map.entry("txt", "text/plain"));

  private static final Set<String> CONTAINERS = Set.of(DOCX, XLSX, ODT, ODS);

  private static final Set<String> EXECUTABLES =
      Set.of(
          "application/x-msdownload",
          "application/x-dosexec",
          "application/x-executable",
          "application/x-elf",
          "application/x-sharedlib",
          "application/x-mach-o-executable",
          "application/x-mach-o",
          "application/java-vm",
          "application/x-java-archive",
          "application/x-sh",
          "application/x-bat",
          "application/x-msi");

  /** Markers of content a browser would run; none belongs in an allowed evidence type. */
  private static final String[] ACTIVE_MARKERS = {
    "<script", "<html", "<svg", "<iframe", "<object", "<embed", "javascript:", "/javascript"
  };

  private static final MimeTypes DETECTOR = MimeTypes.getDefaultMimeTypes();

  private EvidenceType() {}

  public static Optional<String> extension(String name) {
    int dot = name.lastIndexOf('.');
    if (dot < 0 || dot == name.length() - 1) {
      return Optional.empty();
    }
    return Optional.of(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  public static Verdict check(Path file, String name) throws IOException {
    String expected = extension(name).map(ALLOWED::get).orElse(null);
    if (expected == null) {
      return new Verdict(null, Refusal.EXTENSION);
    }
    String detected = detect(file);
    if (EXECUTABLES.contains(detected)) {
      return new Verdict(detected, Refusal.EXECUTABLE);
    }
    boolean matches =
        CONTAINERS.contains(expected)
            ? startsWithZipEntry(file) && container(file).filter(expected::equals).isPresent()
            : switch (expected) {
              case "text/csv", "text/plain" -> "text/plain".equals(detected) && plainText(file);
              default -> expected.equals(detected);
            };
    if (!matches) {
      return new Verdict(detected, Refusal.MISMATCH);
    }
    if (!CONTAINERS.contains(expected) && (alsoZip(file) || carriesActiveContent(file))) {
      return new Verdict(detected, Refusal.ACTIVE_CONTENT);
    }
    return new Verdict(expected, null);
  }

  private static String detect(Path file) throws IOException {
    try (InputStream in = TikaInputStream.get(file)) {
      MediaType type = DETECTOR.detect(in, new Metadata());
      return type.getBaseType().toString();
    }
  }

  /** What kind of office document the ZIP container is, judged by the entries each must have. */
  static Optional<String> container(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry mimetype = zip.getEntry("mimetype");
      if (mimetype != null) {
        try (InputStream in = zip.getInputStream(mimetype)) {
          String declared = new String(in.readNBytes(100), StandardCharsets.US_ASCII).trim();
          return Optional.of(declared).filter(t -> t.equals(ODT) || t.equals(ODS));
        }
      }
      if (zip.getEntry("[Content_Types].xml") == null || zip.getEntry("_rels/.rels") == null) {
        return Optional.empty();
      }
      // Macros would run in the reader's office suite: not evidence we accept.
      if (zip.stream().anyMatch(e -> e.getName().toLowerCase(Locale.ROOT).contains("vbaproject"))) {
        return Optional.empty();
      }
      if (zip.getEntry("word/document.xml") != null) {
        return Optional.of(DOCX);
      }
      if (zip.getEntry("xl/workbook.xml") != null) {
        return Optional.of(XLSX);
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** A file that a ZIP reader opens too: a polyglot, whatever its first bytes say. */
  private static boolean alsoZip(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Text without NUL bytes, readable as UTF-8 (or a single-byte encoding without controls). */
  private static boolean plainText(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      int n;
      while ((n = in.read(buffer)) > 0) {
        for (int i = 0; i < n; i++) {
          int b = buffer[i] & 0xff;
          if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
            return false;
          }
        }
      }
    }
    return true;
  }

  /**
   * Scans the whole file, case-insensitively, for markup or script a browser would run; the scan
   * keeps the marker's length of overlap between buffers.
   */
  static boolean carriesActiveContent(Path file) throws IOException {
    int overlap = 16;
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[64 * 1024 + overlap];
      int kept = 0;
      int n;
      while ((n = in.read(buffer, kept, buffer.length - kept)) > 0) {
        int length = kept + n;
        String text = new String(buffer, 0, length, StandardCharsets.ISO_8859_1);
        String lower = text.toLowerCase(Locale.ROOT);
        for (String marker : ACTIVE_MARKERS) {
          if (lower.contains(marker)) {
            return true;
          }
        }
        kept = Math.min(overlap, length);
        System.arraycopy(buffer, length - kept, buffer, 0, kept);
      }
    }
    return false;
  }

  /** A real office document starts with its first entry; anything before it is another file. */
  private static boolean startsWithZipEntry(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(4);
      return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }
  }
}
