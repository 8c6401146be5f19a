package org.complychain.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads and writes the exchange document. Reading is strict, because the file comes from outside:
 * nesting is bounded (the document needs 7 levels), a key given twice is refused rather than the
 * last one silently winning, and unknown fields, trailing content and wrong types are refused.
 */
public final class ExchangeJson {

  /** Deeper than any document we write, far below what could exhaust the stack. */
  static final int MAX_DEPTH = 32;

  /** One answer holds at most 10,000 characters; anything longer is not ours. */
  static final int MAX_STRING = 100_000;

  private static final ObjectMapper READER =
      new ObjectMapper(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(MAX_DEPTH)
                          .maxStringLength(MAX_STRING)
                          .maxNumberLength(20)
                          .build())
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .build())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

  private static final ObjectMapper WRITER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The history's own format: compact, keys in written order. */
  private static final ObjectMapper HISTORY = new ObjectMapper();

  private ExchangeJson() {}

  public static byte[] write(ExchangeFile file) {
    try {
      return WRITER.writeValueAsBytes(file);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Parses a file: first as a tree, so that a document of another schema version is told so
   * whatever its shape, then as schema version 1.
   */
  public static ExchangeFile read(InputStream in) {
    JsonNode tree;
    try {
      tree = READER.readTree(in);
    } catch (StreamConstraintsException e) {
      throw new ImportRefused(
          e.getMessage().contains("nesting")
              ? ImportRefused.Reason.TOO_DEEP
              : ImportRefused.Reason.TOO_LARGE);
    } catch (JsonProcessingException e) {
      if (e.getOriginalMessage().startsWith("Duplicate field")) {
        throw new ImportRefused(ImportRefused.Reason.DUPLICATE_KEY, duplicate(e));
      }
      throw new ImportRefused(ImportRefused.Reason.MALFORMED);
    } catch (IOException e) {
      throw new ImportRefused(ImportRefused.Reason.MALFORMED);
    }
    if (tree == null || !tree.isObject()) {
      throw new ImportRefused(ImportRefused.Reason.MALFORMED);
    }
    JsonNode version = tree.get("schemaVersion");
    if (version == null || !version.isInt()) {
      throw new ImportRefused(ImportRefused.Reason.OTHER_SCHEMA, "?");
    }
    if (version.intValue() != ExchangeFile.SCHEMA_VERSION) {
      throw new ImportRefused(
          ImportRefused.Reason.OTHER_SCHEMA, String.valueOf(version.intValue()));
    }
    try {
      return READER.treeToValue(tree, ExchangeFile.class);
    } catch (JsonMappingException e) {
      throw new ImportRefused(ImportRefused.Reason.INVALID_VALUE, path(e));
    } catch (JsonProcessingException e) {
      throw new ImportRefused(ImportRefused.Reason.MALFORMED);
    }
  }

  /** The fields of a history entry as stored (JSON), or null. */
  static Map<String, Object> fields(String json) {
    if (json == null) {
      return null;
    }
    try {
      return HISTORY.readValue(json, new TypeReference<Map<String, Object>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored history cannot be read", e);
    }
  }

  /** Fields as the history stores them. */
  static String json(Map<String, Object> fields) {
    if (fields == null) {
      return null;
    }
    try {
      return HISTORY.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Where in the document the mismatch is, e.g. plans[0].answers[3].status. */
  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining())
        .replaceFirst("^\\.", "");
  }

  private static String duplicate(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    int start = m.indexOf('\'');
    int end = m.indexOf('\'', start + 1);
    return start >= 0 && end > start ? m.substring(start + 1, end) : "?";
  }
}
