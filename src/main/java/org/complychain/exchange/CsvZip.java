package org.complychain.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.complychain.exchange.ExchangeFile.ActionRow;
import org.complychain.exchange.ExchangeFile.AnswerRow;
import org.complychain.exchange.ExchangeFile.EvidenceRow;
import org.complychain.exchange.ExchangeFile.PlanEntry;
import org.complychain.exchange.ExchangeFile.SupplierRow;
import org.complychain.exchange.ExchangeFile.VersionRow;
import org.complychain.web.CsvCells;

/**
 * The exchange document as four CSV files in a ZIP: answers, actions, risks and the evidence index.
 * UTF-8 with a byte order mark (so spreadsheets read accents and other scripts), one row per item,
 * the column "version" empty for the working plan and the version's number for frozen content.
 */
final class CsvZip {

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

  private CsvZip() {}

  static byte[] of(ExchangeFile file) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      entry(zip, "answers.csv", answers(file));
      entry(zip, "actions.csv", actions(file));
      entry(zip, "risks.csv", risks(file));
      entry(zip, "evidence.csv", evidence(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void entry(ZipOutputStream zip, String name, List<List<String>> rows)
      throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
    out.write('\uFEFF');
    CSVPrinter printer = new CSVPrinter(out, FORMAT);
    for (List<String> row : rows) {
      printer.printRecord(row.stream().map(CsvCells::neutralised).toList());
    }
    printer.flush();
    zip.closeEntry();
  }

  /** Each plan's working (or frozen) content, then the content of each of its versions. */
  private interface Content<T> {
    List<T> of(PlanEntry plan);

    List<T> of(VersionRow version);
  }

  private static <T> void each(
      ExchangeFile file, Content<T> content, RowWriter<T> writer, List<List<String>> rows) {
    String own = file.frozenVersion() == null ? "" : String.valueOf(file.frozenVersion());
    for (PlanEntry plan : file.plans()) {
      for (T item : content.of(plan)) {
        rows.add(writer.row(plan, own, item));
      }
      for (VersionRow v : plan.versions()) {
        List<T> items = content.of(v);
        for (T item : items == null ? List.<T>of() : items) {
          rows.add(writer.row(plan, String.valueOf(v.number()), item));
        }
      }
    }
  }

  private interface RowWriter<T> {
    List<String> row(PlanEntry plan, String version, T item);
  }

  private static List<List<String>> answers(ExchangeFile file) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        cells(
            "plan",
            "period_start",
            "period_end",
            "version",
            "element",
            "question",
            "status",
            "text",
            "na_reason",
            "owner",
            "target_date"));
    each(
        file,
        new Content<AnswerRow>() {
          public List<AnswerRow> of(PlanEntry p) {
            return p.answers();
          }

          public List<AnswerRow> of(VersionRow v) {
            return v.answers();
          }
        },
        (p, version, a) ->
            cells(
                p.title(),
                p.periodStart(),
                p.periodEnd(),
                version,
                a.element(),
                a.question(),
                a.status(),
                a.text(),
                a.naReason(),
                a.owner(),
                a.targetDate()),
        rows);
    return rows;
  }

  private static List<List<String>> actions(ExchangeFile file) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        cells(
            "plan",
            "version",
            "action_id",
            "element",
            "question",
            "description",
            "owner",
            "due_date",
            "verification",
            "status",
            "changes"));
    each(
        file,
        new Content<ActionRow>() {
          public List<ActionRow> of(PlanEntry p) {
            return p.actions();
          }

          public List<ActionRow> of(VersionRow v) {
            return v.actions();
          }
        },
        (p, version, a) ->
            cells(
                p.title(),
                version,
                a.id(),
                a.element(),
                a.question(),
                a.description(),
                a.owner(),
                a.dueDate(),
                a.verification(),
                a.status(),
                a.history() == null ? "" : String.valueOf(a.history().size())),
        rows);
    return rows;
  }

  private static List<List<String>> evidence(ExchangeFile file) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        cells(
            "plan",
            "version",
            "file_id",
            "title",
            "kind",
            "issued_on",
            "expires_on",
            "size_bytes",
            "media_type",
            "sha256",
            "question",
            "action_id"));
    each(
        file,
        new Content<EvidenceRow>() {
          public List<EvidenceRow> of(PlanEntry p) {
            return p.evidence();
          }

          public List<EvidenceRow> of(VersionRow v) {
            return v.evidence();
          }
        },
        (p, version, e) ->
            cells(
                p.title(),
                version,
                e.id(),
                e.title(),
                e.kind(),
                e.issuedOn(),
                e.expiresOn(),
                String.valueOf(e.size()),
                e.mediaType(),
                e.sha256(),
                e.question(),
                e.actionId()),
        rows);
    return rows;
  }

  private static List<List<String>> risks(ExchangeFile file) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        cells(
            "supplier",
            "country",
            "region",
            "tier",
            "goods",
            "goods_text",
            "spend_share",
            "workforce",
            "migrant_workers",
            "labour_agents",
            "last_audit",
            "audit_scheme",
            "risk_level",
            "risk_score",
            "override_level",
            "override_reason"));
    for (SupplierRow s : file.suppliers()) {
      rows.add(
          cells(
              s.name(),
              s.country(),
              s.region(),
              String.valueOf(s.tier()),
              String.join("; ", s.goods()),
              s.goodsText(),
              s.spendShare(),
              s.workforce(),
              String.valueOf(s.migrantWorkers()),
              String.valueOf(s.labourAgents()),
              s.lastAudit(),
              s.auditScheme(),
              s.riskLevel(),
              s.riskScore() == null ? "" : String.valueOf(s.riskScore()),
              s.overrideLevel(),
              s.overrideReason()));
    }
    return rows;
  }

  private static List<String> cells(String... cells) {
    return Arrays.asList(cells);
  }
}
