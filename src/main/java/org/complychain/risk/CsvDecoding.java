package org.complychain.risk;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns an uploaded CSV's bytes into text. Spreadsheets save CSV as UTF-8 (Excel adds a byte order
 * mark), as UTF-16 with a mark ("Unicode text"), or in the Windows code page (Excel's plain "CSV"
 * on a Western European Windows). A mark decides; without one, bytes that are valid UTF-8 are read
 * as UTF-8 and anything else as Windows-1252. Binary files (a workbook or ZIP renamed .csv, a PDF,
 * an image) are refused by their first bytes or by NUL bytes, which no text file holds.
 */
final class CsvDecoding {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Signatures of files people upload by mistake: ZIP (xlsx, ods), old Excel, PDF, images. */
  private static final List<byte[]> BINARY_STARTS =
      List.of(
          new byte[] {'P', 'K', 3, 4},
          new byte[] {'P', 'K', 5, 6},
          new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0},
          new byte[] {'%', 'P', 'D', 'F'},
          new byte[] {(byte) 0x89, 'P', 'N', 'G'},
          new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
          new byte[] {'G', 'I', 'F', '8'},
          new byte[] {0x1F, (byte) 0x8B});

  private CsvDecoding() {}

  static String decode(byte[] bytes) throws CsvRefused {
    if (bytes.length == 0) {
      throw new CsvRefused(CsvRefused.Reason.EMPTY);
    }
    for (byte[] start : BINARY_STARTS) {
      if (startsWith(bytes, start)) {
        throw new CsvRefused(CsvRefused.Reason.BINARY);
      }
    }
    String text;
    if (startsWith(bytes, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
      text = strict(bytes, 3, StandardCharsets.UTF_8);
    } else if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
      text = strict(bytes, 2, StandardCharsets.UTF_16LE);
    } else if (startsWith(bytes, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
      text = strict(bytes, 2, StandardCharsets.UTF_16BE);
    } else {
      if (hasNul(bytes)) {
        throw new CsvRefused(CsvRefused.Reason.BINARY);
      }
      try {
        text = strict(bytes, 0, StandardCharsets.UTF_8);
      } catch (CsvRefused notUtf8) {
        text = strict(bytes, 0, WINDOWS_1252);
      }
    }
    if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
      throw new CsvRefused(CsvRefused.Reason.BINARY);
    }
    if (text.isBlank()) {
      throw new CsvRefused(CsvRefused.Reason.EMPTY);
    }
    return text;
  }

  private static String strict(byte[] bytes, int offset, Charset charset) throws CsvRefused {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      throw new CsvRefused(CsvRefused.Reason.ENCODING);
    }
  }

  private static boolean hasNul(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] bytes, byte[] start) {
    if (bytes.length < start.length) {
      return false;
    }
    for (int i = 0; i < start.length; i++) {
      if (bytes[i] != start[i]) {
        return false;
      }
    }
    return true;
  }
}
