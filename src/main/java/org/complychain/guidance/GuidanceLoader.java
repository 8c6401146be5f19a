package org.complychain.guidance;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.InjectableValues;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.complychain.web.Languages;

/**
 * Reads every module in every language, checks each file and the four languages against each other,
 * and builds the catalogue. Anything wrong stops here with the file and the field named.
 */
public final class GuidanceLoader {

  public static final List<String> MODULE_IDS =
      List.of("m1", "m2", "e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8");

  /** Where the content files come from: the classpath in the app, a folder in tests. */
  @FunctionalInterface
  public interface Source {
    /** The bytes of the file at {@code guidance/<lang>/<module>.yaml}, or null when missing. */
    byte[] read(String path) throws IOException;
  }

  /**
   * Values for the optional fields ({@code sources}, {@code fictional}) when a file leaves them
   * out; every other field must be present.
   */
  static final String NO_SOURCES = "guidance.noSources";

  static final String NOT_FICTIONAL = "guidance.notFictional";

  private static final ObjectMapper YAML =
      YAMLMapper.builder()
          .injectableValues(
              new InjectableValues.Std()
                  .addValue(NO_SOURCES, List.of())
                  .addValue(NOT_FICTIONAL, Boolean.FALSE))
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
          .build();

  private GuidanceLoader() {}

  public static Catalogue load(Source source) {
    MessageDigest digest = sha256();
    Map<String, List<GuidanceModule>> languages = new LinkedHashMap<>();
    for (String lang : Languages.CODES) {
      List<GuidanceModule> modules = new ArrayList<>();
      for (String id : MODULE_IDS) {
        String path = "guidance/" + lang + "/" + id + ".yaml";
        byte[] bytes = read(source, path);
        digest.update(path.getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
        GuidanceModule module = ModuleRules.normalise(parse(path, bytes));
        ModuleRules.check(path, id, module);
        modules.add(module);
      }
      languages.put(lang, List.copyOf(modules));
    }
    ModuleRules.checkParity(languages);
    String version = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    return new Catalogue(version, languages);
  }

  private static byte[] read(Source source, String path) {
    try {
      byte[] bytes = source.read(path);
      if (bytes == null) {
        throw new GuidanceException(path + ": file is missing");
      }
      return bytes;
    } catch (IOException e) {
      throw new GuidanceException(path + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  private static GuidanceModule parse(String path, byte[] bytes) {
    try {
      return YAML.readValue(bytes, GuidanceModule.class);
    } catch (JsonMappingException e) {
      throw new GuidanceException(
          path + ": " + fieldPath(e) + " " + e.getOriginalMessage() + lineOf(e), e);
    } catch (IOException e) {
      throw new GuidanceException(path + ": not valid YAML (" + e.getMessage() + ")", e);
    }
  }

  private static String fieldPath(JsonMappingException e) {
    StringBuilder field = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        field.append(field.length() == 0 ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        field.append('[').append(ref.getIndex()).append(']');
      }
    }
    return field.length() == 0 ? "(top level)" : field.toString() + ":";
  }

  private static String lineOf(JsonMappingException e) {
    return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
