package org.complychain.laws;

import io.quarkus.test.junit.QuarkusTest;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who may open the laws pages: the same rules as plans. Company members see their own
 * organisation's; auditors and administrators have no business here (403); visitors sign in.
 */
@QuarkusTest
@DatabaseTest
class LawsRoleMatrixTest {

  @ParameterizedTest(name = "{0} GET {1}: {2}")
  @CsvSource({
    "anonymous, /laws,                 302",
    "anonymous, /laws/uk-msa,          302",
    "anonymous, /laws/uk-msa/draft.pdf, 302",
    "company,   /laws,                 200",
    "auditor,   /laws,                 403",
    "auditor,   /laws/uk-msa,          403",
    "auditor,   /laws/uk-msa/draft.docx, 403",
    "admin,     /laws,                 403",
    "admin,     /laws/au-msa/draft.pdf, 403"
  })
  void whoMayOpenTheLawsPages(String who, String path, int status) {
    var response =
        SignIn.as("anonymous".equals(who) ? null : who).get(path).then().statusCode(status);
    if (status == 302) {
      response.header("Location", org.hamcrest.Matchers.endsWith("/login"));
    }
  }

  /** A member without the form's token is refused; an auditor is refused before that. */
  @ParameterizedTest(name = "{0} POST /laws without a CSRF token: {1}")
  @CsvSource({"company, 400", "auditor, 403"})
  void theQuestionnaireNeedsItsToken(String who, int status) {
    SignIn.as(who).formParam("incorporated", "GB").post("/laws").then().statusCode(status);
  }
}
