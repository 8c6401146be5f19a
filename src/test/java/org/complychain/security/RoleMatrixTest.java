package org.complychain.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who may open which page: anonymous visitors are sent to sign in, wrong roles get 403. */
@QuarkusTest
@DatabaseTest
class RoleMatrixTest {

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "anonymous, /,          200",
    "anonymous, /login,     200",
    "anonymous, /dashboard, 302",
    "anonymous, /audit,     302",
    "anonymous, /admin,     302",
    "anonymous, /q/metrics, 302",
    "anonymous, /no-such-page, 302",
    "company,   /,          200",
    "company,   /dashboard, 200",
    "company,   /audit,     403",
    "company,   /admin,     403",
    "company,   /q/metrics, 403",
    "company,   /no-such-page, 404",
    "auditor,   /dashboard, 200",
    "auditor,   /audit,     200",
    "auditor,   /admin,     403",
    "admin,     /dashboard, 200",
    "admin,     /audit,     403",
    "admin,     /admin,     200",
    "admin,     /q/metrics, 200",
    "anonymous, /risk/suppliers, 302",
    "company,   /risk/suppliers, 200",
    "company,   /risk/method, 200",
    "company,   /admin/risk/editions, 403",
    "auditor,   /risk/suppliers, 403",
    "auditor,   /admin/risk/editions, 403",
    "admin,     /risk/suppliers, 403",
    "admin,     /admin/risk/editions, 200",
    "anonymous, /risk/overview, 302",
    "company,   /risk/overview, 200",
    "auditor,   /risk/overview, 403",
    "admin,     /risk/overview, 403",
    "anonymous, /notifications, 302",
    "company,   /notifications, 200",
    "auditor,   /notifications, 200",
    "admin,     /notifications, 200",
    "anonymous, /exchange/import, 302",
    "anonymous, /exchange/organisation.json, 302",
    "anonymous, /exchange/schema, 200",
    "anonymous, /exchange/schema/v1.json, 200",
    "company,   /exchange/import, 200",
    "company,   /exchange/organisation.json, 200",
    "company,   /exchange/organisation.zip, 200",
    "auditor,   /exchange/import, 403",
    "auditor,   /exchange/organisation.json, 403",
    "admin,     /exchange/import, 403",
    "admin,     /exchange/organisation.zip, 403",
    "anonymous, /plans/00000000-0000-0000-0000-000000000000/next-year, 302",
    "company,   /plans/00000000-0000-0000-0000-000000000000/next-year, 404",
    "company,   /plans/00000000-0000-0000-0000-000000000000/since-last-year, 404",
    "auditor,   /plans/00000000-0000-0000-0000-000000000000/since-last-year, 403",
    "admin,     /plans/00000000-0000-0000-0000-000000000000/next-year, 403",
    "anonymous, /api/v1/plans, 401",
    "company,   /api/v1/plans, 200",
    "company,   /api/v1/suppliers, 200",
    "auditor,   /api/v1/plans, 200",
    "auditor,   /api/v1/suppliers, 403",
    "admin,     /api/v1/plans, 403",
    "anonymous, /q/openapi, 200",
    "anonymous, /risk/suppliers/csv, 302",
    "company,   /risk/suppliers/csv, 200",
    "company,   /risk/suppliers/csv/template, 200",
    "company,   /risk/suppliers/csv/export, 200",
    "auditor,   /risk/suppliers/csv/export, 403",
    "admin,     /risk/suppliers/csv, 403",
  })
  void accessFollowsTheRole(String who, String path, int status) {
    var session = SignIn.as("anonymous".equals(who) ? null : who);
    int actual = session.get(path).then().extract().statusCode();
    assertEquals(status, actual, who + " " + path);
  }

  @ParameterizedTest
  @CsvSource({"/dashboard", "/audit", "/admin"})
  void anonymousVisitorsAreSentToTheLoginPage(String path) {
    SignIn.as(null)
        .get(path)
        .then()
        .statusCode(302)
        .header("Location", org.hamcrest.Matchers.endsWith("/login"));
  }
}
