package org.complychain.laws;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.complychain.pdf.StatementDocument;

/**
 * Writes a draft as a Word document (Office Open XML) that Word and LibreOffice open and edit. It
 * is a handful of XML parts zipped together, written directly: Apache POI would add some 15 MB of
 * libraries for what is a page of markup. Headings use the built-in heading styles, so the
 * navigation pane and a table of contents work; placeholders have a style of their own.
 */
public final class DraftDocx {

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private DraftDocx() {}

  public static byte[] render(StatementDocument d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      put(zip, "[Content_Types].xml", CONTENT_TYPES);
      put(zip, "_rels/.rels", RELS);
      put(zip, "word/_rels/document.xml.rels", DOCUMENT_RELS);
      put(zip, "word/styles.xml", styles(d.lang()));
      put(zip, "docProps/core.xml", core(d));
      put(zip, "word/document.xml", document(d));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String document(StatementDocument d) {
    StringBuilder b = new StringBuilder(16 * 1024);
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
    b.append("<w:document xmlns:w=\"").append(W).append("\"><w:body>");
    paragraph(b, "Title", d.title());
    paragraph(b, "Subtitle", d.organisation());
    for (String line : d.preamble()) {
      paragraph(b, "Notice", line);
    }
    for (StatementDocument.Section s : d.sections()) {
      paragraph(b, "Heading1", s.heading());
      for (StatementDocument.Entry e : s.entries()) {
        if (e.placeholder()) {
          paragraph(b, "Placeholder", e.text());
        } else {
          if (e.label() != null) {
            paragraph(b, "Question", e.label());
          }
          paragraph(b, null, e.text());
        }
      }
    }
    StatementDocument.Signature sig = d.signature();
    paragraph(b, "Heading1", sig.heading());
    paragraph(b, null, sig.requirement());
    for (String field : sig.fields()) {
      paragraph(b, "SignatureLine", field + ": ______________________________");
    }
    b.append("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>")
        .append(
            "<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\""
                + " w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>");
    b.append("</w:body></w:document>");
    return b.toString();
  }

  /** One paragraph; line breaks in the text become breaks within it. */
  private static void paragraph(StringBuilder b, String style, String text) {
    b.append("<w:p>");
    if (style != null) {
      b.append("<w:pPr><w:pStyle w:val=\"").append(style).append("\"/></w:pPr>");
    }
    String[] lines = (text == null ? "" : text).split("\r?\n", -1);
    b.append("<w:r>");
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        b.append("<w:br/>");
      }
      b.append("<w:t xml:space=\"preserve\">").append(escape(lines[i])).append("</w:t>");
    }
    b.append("</w:r></w:p>");
  }

  /** XML-escapes, and drops characters XML 1.0 cannot carry at all. */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                  if (c == 0x9
                      || c >= 0x20 && c <= 0xD7FF
                      || c >= 0xE000 && c <= 0xFFFD
                      || c >= 0x10000) {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    return out.toString();
  }

  private static String core(StatementDocument d) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        + "<dc:title>"
        + escape(d.title())
        + "</dc:title><dc:creator>"
        + escape(d.organisation())
        + "</dc:creator><dc:language>"
        + d.lang()
        + "</dc:language></cp:coreProperties>";
  }

  private static String styles(String lang) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<w:styles xmlns:w=\""
        + W
        + "\">"
        + "<w:docDefaults><w:rPrDefault><w:rPr>"
        + "<w:rFonts w:ascii=\"Liberation Sans\" w:hAnsi=\"Liberation Sans\" w:cs=\"Liberation Sans\"/>"
        + "<w:sz w:val=\"21\"/><w:lang w:val=\""
        + lang
        + "\"/></w:rPr></w:rPrDefault>"
        + "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"276\" w:lineRule=\"auto\"/>"
        + "</w:pPr></w:pPrDefault></w:docDefaults>"
        + style("Normal", "Normal", null, "")
        + style("Title", "Title", "0", "<w:b/><w:color w:val=\"1D4E89\"/><w:sz w:val=\"40\"/>")
        + style("Subtitle", "Subtitle", null, "<w:b/><w:sz w:val=\"26\"/>")
        + style(
            "Heading1", "heading 1", "0", "<w:b/><w:color w:val=\"1D4E89\"/><w:sz w:val=\"28\"/>")
        + style("Notice", "Draft notice", null, "<w:i/><w:color w:val=\"5F6B76\"/>")
        + style("Question", "Question", null, "<w:b/><w:sz w:val=\"18\"/>")
        + style(
            "Placeholder",
            "Placeholder",
            null,
            "<w:b/><w:color w:val=\"B42318\"/><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"FFF4CE\"/>")
        + style("SignatureLine", "Signature line", null, "")
        + "</w:styles>";
  }

  private static String style(String id, String name, String outline, String runProperties) {
    return "<w:style w:type=\"paragraph\""
        + ("Normal".equals(id) ? " w:default=\"1\"" : "")
        + " w:styleId=\""
        + id
        + "\"><w:name w:val=\""
        + name
        + "\"/>"
        + ("Normal".equals(id) ? "" : "<w:basedOn w:val=\"Normal\"/>")
        + (outline == null
            ? ""
            : "<w:pPr><w:keepNext/><w:spacing w:before=\"240\"/><w:outlineLvl w:val=\""
                + outline
                + "\"/></w:pPr>")
        + (runProperties.isEmpty() ? "" : "<w:rPr>" + runProperties + "</w:rPr>")
        + "</w:style>";
  }

  private static void put(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static final String CONTENT_TYPES =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
          + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
          + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
          + "</Types>";

  private static final String RELS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
          + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
          + "</Relationships>";

  private static final String DOCUMENT_RELS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
          + "</Relationships>";
}
