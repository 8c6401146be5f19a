package org.complychain.risk;

import java.time.Year;
import org.complychain.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The administrator's upload of a new edition: ILAB's two XML files and their years. */
public class EditionUpload {

  static final int FIRST_YEAR = 2009;

  @RestForm("goods")
  public FileUpload goods;

  @RestForm("findings")
  public FileUpload findings;

  @RestForm("listYear")
  public String listYear;

  @RestForm("findingsYear")
  public String findingsYear;

  FormErrors validate(RiskMessages m) {
    FormErrors errors = new FormErrors();
    if (!present(goods)) {
      errors.add("goods", m.error_file_missing());
    }
    if (!present(findings)) {
      errors.add("findings", m.error_file_missing());
    }
    if (year(listYear) == 0) {
      errors.add("listYear", m.error_year(FIRST_YEAR, lastYear()));
    }
    if (year(findingsYear) == 0) {
      errors.add("findingsYear", m.error_year(FIRST_YEAR, lastYear()));
    }
    return errors;
  }

  int listYearValue() {
    return year(listYear);
  }

  int findingsYearValue() {
    return year(findingsYear);
  }

  private static boolean present(FileUpload file) {
    return file != null && file.size() > 0;
  }

  /** The year, or 0 when it is not one ILAB could have published. */
  private static int year(String text) {
    try {
      int year = Integer.parseInt(text == null ? "" : text.strip());
      return year >= FIRST_YEAR && year <= lastYear() ? year : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static int lastYear() {
    return Year.now().getValue() + 1;
  }
}
