package be.wallonie.clusters.funding.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.funding.application.port.in.RecordFileChangeUseCase;
import be.wallonie.clusters.funding.domain.file.Beneficiary;
import be.wallonie.clusters.funding.domain.file.CoreGroup;
import be.wallonie.clusters.funding.domain.file.FileChange;
import be.wallonie.clusters.funding.domain.file.FundedPeriod;
import be.wallonie.clusters.funding.domain.money.Money;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import be.wallonie.clusters.testing.OpenApiOperations;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Payments the Region makes against a schedule line (issue #14 §9). Each test funds its own cluster, in 2061–2063 (years
 * no other test uses): an agrément from 1 January 2061 for three years on a 200 000 € post, so each agrément year is a
 * calendar year; 2061's costs are declared at 40 182.65 €, so line 1/1/2061 grants 40 182.65 € (under the 160 000 € cap)
 * and lines 1/2/2062 and 1/3/2063 160 000.00 € each (capped). Schedule version 2 is the current one.
 */
@QuarkusTest
class PaymentApiTest {

    static final String PAYMENTS = "/api/v1/funding-files/{id}/payments";
    static final String FILE = "/api/v1/funding-files/{id}";
    static final String OWNER = "5b0c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3";
    /** A day in the past whatever day the tests run. */
    static final String PAID_ON = "2026-01-15";

    @Inject
    RecordFileChangeUseCase files;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    private UUID fundedCluster() {
        UUID dossier = UUID.randomUUID();
        files.recordFileChange(new FileChange.AgrementGranted(dossier, "Cluster Paiements", SchemeCode.CLUSTER_ANIMATOR,
                new FundedPeriod(UUID.randomUUID(), 1, LocalDate.of(2061, 1, 1), LocalDate.of(2063, 12, 31), false),
                new Beneficiary(UUID.fromString(OWNER), "0403.170.701", "Paiements ASBL"), Money.euros(200_000), Money.ZERO,
                CoreGroup.of(Set.of(UUID.fromString(OWNER)), Set.of("0403.170.701"))));
        files.recordFileChange(new FileChange.CostsDeclared(dossier, 2061, Money.euros("40182.65"), Money.ZERO, null));
        return dossier;
    }

    private static String pay(String line, String amount, String reference) {
        return """
                {"lineKey": "%s", "amount": "%s", "paidOn": "%s", "reference": "%s"}""".formatted(line, amount, PAID_ON, reference);
    }

    private static String post(UUID dossier, String body, int status) {
        return given().contentType(ContentType.JSON).body(body).post(PAYMENTS, dossier).then().statusCode(status).extract().asString();
    }

    private static Map<String, Object> line(JsonPath file, String key) {
        return file.getMap("currentSchedules[0].lines.find { it.lineKey == '" + key + "' }");
    }

    private List<JsonNode> announced(UUID dossier) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select envelope from outbox_event where event_type = ? and partition_key = ? order by seq")) {
            ps.setString(1, EventCatalog.PAYMENT_RECORDED.name());
            ps.setString(2, dossier.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(json.readTree(rs.getString(1)).get("data"));
                }
            }
        }
        return out;
    }

    @Test
    @TestSecurity(user = "region-payments", roles = "REGION")
    void a_line_granted_40_182_65_paid_20_000_00_and_20_182_65_has_nothing_left_and_refuses_a_further_cent() throws Exception {
        UUID dossier = fundedCluster();
        given().contentType(ContentType.JSON).body(pay("1/1/2061", "20000.00", "SPW-2061-0001")).post(PAYMENTS, dossier).then()
                .statusCode(201).header("Location", startsWith("http")).body("amount", equalTo("20000.00"))
                .body("lineKey", equalTo("1/1/2061")).body("scheme", equalTo("CLUSTER_ANIMATOR")).body("scheduleVersion", equalTo(2))
                .body("recordedBy", equalTo("region-payments")).body("currency", equalTo("EUR"));
        post(dossier, pay("1/1/2061", "20182.65", "SPW-2061-0002"), 201);

        JsonPath file = given().get(FILE, dossier).then().statusCode(200).extract().jsonPath();
        assertThat(line(file, "1/1/2061")).containsEntry("granted", "40182.65").containsEntry("paid", "40182.65")
                .containsEntry("remaining", "0.00").containsEntry("overpaid", "0.00");
        assertThat(line(file, "1/2/2062")).containsEntry("paid", "0.00").containsEntry("remaining", "160000.00");
        assertThat(file.getMap("currentSchedules[0].payments.budgetYears[0]")).containsEntry("budgetYear", 2061)
                .containsEntry("granted", "40182.65").containsEntry("paid", "40182.65").containsEntry("remaining", "0.00");
        // 40 182.65 + 160 000.00 + 160 000.00 granted, 40 182.65 paid
        assertThat(file.getMap("currentSchedules[0].payments.totals")).containsEntry("granted", "360182.65")
                .containsEntry("paid", "40182.65").containsEntry("remaining", "320000.00").doesNotContainKey("budgetYear");
        assertThat(file.getList("overpaidLines")).isEmpty();

        given().header("Accept-Language", "en").contentType(ContentType.JSON).body(pay("1/1/2061", "0.01", "SPW-2061-0003"))
                .post(PAYMENTS, dossier).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://clusters.wallonie.be/problems/payment-refused"))
                .body("code", equalTo("EXCEEDS_GRANTED")).body("lineKey", equalTo("1/1/2061"))
                .body("granted", equalTo("40182.65")).body("alreadyPaid", equalTo("40182.65")).body("asked", equalTo("0.01"))
                .body("detail", equalTo("On line 1/1/2061 the schedule grants 40182.65 and 40182.65 was already paid: 0.01 would "
                        + "exceed the grant"));
        // refused: nothing recorded, nothing announced
        given().get(PAYMENTS, dossier).then().statusCode(200).body("total", equalTo(2)).body("items", hasSize(2))
                .body("items[0].reference", equalTo("SPW-2061-0001"));
        assertThat(announced(dossier)).hasSize(2);
    }

    @Test
    @TestSecurity(user = "region-payments", roles = "REGION")
    void a_reversal_lowers_the_paid_sum_but_never_below_zero() {
        UUID dossier = fundedCluster();
        post(dossier, pay("1/2/2062", "50000.00", "R-1"), 201);
        post(dossier, pay("1/2/2062", "-12500.00", "R-2"), 201);
        given().get(FILE, dossier).then().statusCode(200)
                .body("currentSchedules[0].lines.find { it.lineKey == '1/2/2062' }.paid", equalTo("37500.00"))
                .body("currentSchedules[0].lines.find { it.lineKey == '1/2/2062' }.remaining", equalTo("122500.00"));
        given().contentType(ContentType.JSON).body(pay("1/2/2062", "-37500.01", "R-3")).post(PAYMENTS, dossier).then().statusCode(409)
                .body("code", equalTo("BELOW_ZERO")).body("alreadyPaid", equalTo("37500.00")).body("asked", equalTo("-37500.01"))
                .body("granted", equalTo("160000.00"));
        given().queryParam("size", 1).queryParam("page", 1).get(PAYMENTS, dossier).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].amount", equalTo("-12500.00")).body("total", equalTo(2))
                .body("page", equalTo(1)).body("size", equalTo(1));
    }

    @Test
    @TestSecurity(user = "region-payments", roles = "REGION")
    void the_same_reference_with_the_same_content_is_the_same_payment_and_one_event_another_content_is_a_conflict() throws Exception {
        UUID dossier = fundedCluster();
        String first = given().contentType(ContentType.JSON).body(pay("1/3/2063", "60000.00", "SPW-REPLAY"))
                .post(PAYMENTS, dossier).then().statusCode(201).extract().path("id");
        String location = given().contentType(ContentType.JSON).body(pay("1/3/2063", "60000.00", "SPW-REPLAY"))
                .post(PAYMENTS, dossier).then().statusCode(200).body("id", equalTo(first)).extract().header("Location");
        assertThat(location).endsWith("/api/v1/funding-files/" + dossier + "/payments/" + first);
        given().get(location).then().statusCode(200).body("id", equalTo(first)).body("paidOn", equalTo(PAID_ON));

        given().contentType(ContentType.JSON).body(pay("1/3/2063", "60000.01", "SPW-REPLAY")).post(PAYMENTS, dossier).then()
                .statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://clusters.wallonie.be/problems/payment-reference-conflict"))
                .body("code", equalTo("REFERENCE_TAKEN")).body("existingPaymentId", equalTo(first));
        given().contentType(ContentType.JSON).body(pay("1/2/2062", "60000.00", "SPW-REPLAY")).post(PAYMENTS, dossier).then()
                .statusCode(409).body("code", equalTo("REFERENCE_TAKEN"));
        given().get(PAYMENTS, dossier).then().body("total", equalTo(1));

        List<JsonNode> events = announced(dossier);
        assertThat(events).hasSize(1);
        JsonNode e = events.get(0);
        assertThat(e.get("paymentId").asText()).isEqualTo(first);
        assertThat(e.get("dossierId").asText()).isEqualTo(dossier.toString());
        assertThat(e.get("lineKey").asText()).isEqualTo("1/3/2063");
        assertThat(e.get("period").asInt()).isEqualTo(1);
        assertThat(e.get("agrementYear").asInt()).isEqualTo(3);
        assertThat(e.get("budgetYear").asInt()).isEqualTo(2063);
        assertThat(e.get("amount").decimalValue()).isEqualByComparingTo("60000.00");
        assertThat(e.get("reference").asText()).isEqualTo("SPW-REPLAY");
        assertThat(e.get("recordedBy").asText()).isEqualTo("region-payments");
        assertThat(e.get("scheduleVersion").asInt()).isEqualTo(2);
        // the schedule version paid against, as FundingScheduleComputed names it
        String scheduleId = given().get("/api/v1/funding-files/{id}/schedules", dossier).then().extract().path("[1].id");
        assertThat(e.get("fileId").asText()).isEqualTo(scheduleId);
    }

    @Test
    @TestSecurity(user = "region-payments", roles = "REGION")
    void a_recomputation_that_lowers_a_paid_line_shows_it_overpaid_and_changes_nothing_paid() {
        UUID dossier = fundedCluster();
        post(dossier, pay("1/3/2063", "150000.00", "OVER-1"));
        // 2063's costs declared at 100 000: version 3 grants line 1/3/2063 100 000.00, 150 000.00 was paid
        files.recordFileChange(new FileChange.CostsDeclared(dossier, 2063, Money.euros("100000.00"), Money.ZERO, null));
        JsonPath file = given().header("Accept-Language", "en").get(FILE, dossier).then().statusCode(200).extract().jsonPath();
        assertThat(file.getInt("currentSchedules[0].version")).isEqualTo(3);
        assertThat(line(file, "1/3/2063")).containsEntry("granted", "100000.00").containsEntry("paid", "150000.00")
                .containsEntry("remaining", "0.00").containsEntry("overpaid", "50000.00");
        assertThat(file.getString("currentSchedules[0].lines.find { it.lineKey == '1/3/2063' }.overpaidExplanation.fr"))
                .startsWith("La version 3 du calendrier accorde 100 000,00 € sur la ligne 1/3/2063, mais 150 000,00 € y ont déjà été "
                        + "payés : 50 000,00 € sont à récupérer.");
        assertThat(file.getList("overpaidLines")).hasSize(1);
        assertThat(file.getMap("overpaidLines[0]")).containsEntry("scheme", "CLUSTER_ANIMATOR").containsEntry("lineKey", "1/3/2063")
                .containsEntry("granted", "100000.00").containsEntry("paid", "150000.00").containsEntry("overpaid", "50000.00")
                .containsEntry("inSchedule", true);
        assertThat(file.getString("overpaidLines[0].explanation.en")).startsWith("Version 3 of the schedule grants €100,000.00 on "
                + "line 1/3/2063, but €150,000.00 was already paid on it: €50,000.00 is to be recovered.");
        assertThat(file.getString("currentSchedules[0].payments.budgetYears.find { it.budgetYear == 2063 }.overpaid"))
                .isEqualTo("50000.00");
        // the payment stays as it was; the earlier versions show no payments
        given().get(PAYMENTS, dossier).then().body("items[0].amount", equalTo("150000.00")).body("items[0].scheduleVersion", equalTo(2));
        given().get("/api/v1/funding-files/{id}/schedules", dossier).then().statusCode(200).body("[0].payments", nullValue())
                .body("[1].payments", nullValue()).body("[2].payments.totals.overpaid", equalTo("50000.00"));
        // no further payment on it; the recovery clears it
        given().contentType(ContentType.JSON).body(pay("1/3/2063", "1.00", "OVER-2")).post(PAYMENTS, dossier).then().statusCode(409)
                .body("code", equalTo("EXCEEDS_GRANTED")).body("granted", equalTo("100000.00"));
        post(dossier, pay("1/3/2063", "-50000.00", "OVER-3"), 201);
        given().get(FILE, dossier).then().body("overpaidLines", hasSize(0))
                .body("currentSchedules[0].lines.find { it.lineKey == '1/3/2063' }.remaining", equalTo("0.00"));
    }

    private static void post(UUID dossier, String body) {
        post(dossier, body, 201);
    }

    @Test
    @TestSecurity(user = "region-payments", roles = "REGION")
    void invalid_payments_are_refused_with_every_offending_field_and_change_nothing() {
        UUID dossier = fundedCluster();
        given().contentType(ContentType.JSON).body("""
                {"lineKey": "1-1-2061", "amount": "10.001", "paidOn": "2999-01-01", "reference": " "}""").post(PAYMENTS, dossier)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("lineKey", "amount", "paidOn", "reference"));
        given().contentType(ContentType.JSON).body(pay("1/1/2061", "0.00", "Z")).post(PAYMENTS, dossier).then().statusCode(400)
                .body("errors[0].field", equalTo("amount"));
        String tomorrow = LocalDate.now(be.wallonie.clusters.foundation.time.ClockProducer.BRUSSELS).plusDays(2).toString();
        given().contentType(ContentType.JSON).body(pay("1/1/2061", "10.00", "F").replace(PAID_ON, tomorrow)).post(PAYMENTS, dossier)
                .then().statusCode(400).body("errors[0].field", equalTo("paidOn"));
        given().contentType(ContentType.JSON).body(pay("2/4/2064", "10.00", "N")).post(PAYMENTS, dossier).then().statusCode(409)
                .body("code", equalTo("LINE_NOT_IN_SCHEDULE")).body("granted", equalTo("0.00"));
        given().contentType(ContentType.JSON).body(pay("1/1/2061", "10.00", "U")).post(PAYMENTS, UUID.randomUUID()).then()
                .statusCode(404).body("type", equalTo("https://clusters.wallonie.be/problems/funding-file-not-found"));
        given().get(PAYMENTS, dossier).then().body("total", equalTo(0));
        given().queryParam("size", 101).get(PAYMENTS, dossier).then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    @TestSecurity(user = "region-it", roles = "FUNDING_READER")
    void funding_readers_read_payments_but_do_not_record_them() {
        UUID dossier = fundedCluster();
        given().contentType(ContentType.JSON).body(pay("1/1/2061", "10.00", "RO-1")).post(PAYMENTS, dossier).then().statusCode(403)
                .contentType("application/problem+json");
        given().get(PAYMENTS, dossier).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "cellule-1", roles = "CELLULE")
    void the_cellule_does_not_record_payments() {
        given().contentType(ContentType.JSON).body(pay("1/1/2061", "10.00", "C-1")).post(PAYMENTS, fundedCluster()).then()
                .statusCode(403);
    }

    @Test
    @TestSecurity(user = "paiements-asbl", roles = "APPLICANT", attributes = @SecurityAttribute(key = "org", value = OWNER))
    void an_applicant_reads_the_payments_of_its_own_file_only() {
        UUID own = fundedCluster();
        given().get(PAYMENTS, own).then().statusCode(200).body("items", hasSize(0));
        given().contentType(ContentType.JSON).body(pay("1/1/2061", "10.00", "A-1")).post(PAYMENTS, own).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "stranger", roles = "APPLICANT", attributes = @SecurityAttribute(key = "org", value = "0412.345.614"))
    void an_applicant_of_another_file_gets_404() {
        UUID other = fundedCluster();
        given().get(PAYMENTS, other).then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://clusters.wallonie.be/problems/funding-file-not-found"));
        given().get(PAYMENTS + "/{paymentId}", other, UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "region-payments", roles = "REGION")
    void the_csv_export_ends_each_line_with_its_key_and_what_was_paid_on_it() {
        UUID dossier = fundedCluster();
        post(dossier, pay("1/1/2061", "20000.00", "CSV-1"));
        String csv = given().accept("text/csv").queryParam("separator", "semicolon").queryParam("decimal", "comma")
                .get("/api/v1/exports/schedules").then().statusCode(200).extract().asString();
        String[] rows = csv.split("\r\n");
        assertThat(rows[0]).endsWith(";correction_reason;line_key;paid;remaining;overpaid");
        assertThat(rows[0].split(";")).hasSize(29);
        String row2061 = List.of(rows).stream().filter(r -> r.startsWith(dossier + ";") && r.contains(";2061;")).findFirst().orElseThrow();
        assertThat(row2061.split(";", -1)).hasSize(29);
        assertThat(row2061).endsWith(";1/1/2061;20000,00;20182,65;0,00");
        String row2062 = List.of(rows).stream().filter(r -> r.startsWith(dossier + ";") && r.contains(";2062;")).findFirst().orElseThrow();
        assertThat(row2062).endsWith(";1/2/2062;0,00;160000,00;0,00");
        JsonPath exported = given().accept("application/json").get("/api/v1/exports/schedules").then().statusCode(200).extract()
                .jsonPath();
        assertThat(exported.getString("find { it.dossierId == '" + dossier + "' }.payments.totals.paid")).isEqualTo("20000.00");
    }

    @Test
    void the_openapi_document_lists_the_payments() {
        JsonPath openapi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        String post = "paths.'/api/v1/funding-files/{dossierId}/payments'.post";
        assertThat(openapi.getString(post + ".operationId")).isEqualTo("recordPayment");
        assertThat(openapi.getString(post + ".description")).contains("Role: REGION");
        assertThat(openapi.getMap(post + ".responses")).containsKeys("200", "201", "400", "403", "404", "409");
        assertThat(openapi.getString("paths.'/api/v1/funding-files/{dossierId}/payments'.get.operationId")).isEqualTo("listPayments");
        assertThat(openapi.getMap("components.schemas.ScheduleLine.properties")).containsKeys("lineKey", "paid", "remaining",
                "overpaid");
        assertThat(openapi.getMap("components.schemas.PaymentProblem.properties")).containsKeys("granted", "alreadyPaid", "asked");
    }

    @Test
    void every_operation_of_the_openapi_document_has_its_own_lower_camel_case_operation_id() {
        Map<String, Object> paths = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .jsonPath().getMap("paths");
        assertThat(OpenApiOperations.operationIds(paths)).hasSizeGreaterThan(10);
        assertThat(OpenApiOperations.operationIdProblems(paths)).isEmpty();
    }
}
