package be.wallonie.clusters.registry.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** Stating a dossier's members and submitting it cost a fixed number of statements, whatever the number of members. */
@QuarkusTest
@TestSecurity(user = "cellule-1", roles = "CELLULE")
class MemberLoadingStatementsTest {

    @Inject
    SessionFactory sessionFactory;

    /** A draft with that many members; returns its id and its members' JSON array. */
    private static String[] dossierWithMembers(int count) {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            members.add(TestDossiers.enterprise("Membre " + i + " SRL", "5000"));
        }
        String id = DossierApiTest.createDossier();
        String body = members.stream().map(m -> "{\"organisationId\": \"%s\", \"role\": \"%s\"}".formatted(m,
                m.equals(members.get(0)) ? "CORE_GROUP" : "MEMBER")).collect(Collectors.joining(", ", "[", "]"));
        TestDossiers.putContent(id, "{\"members\": " + body + "}");
        return new String[] {id, body};
    }

    /** Statements of stating the content again (unchanged members, new vision), then of a (refused, incomplete) submission. */
    private long[] statements(String[] dossier, String vision) {
        String id = dossier[0];
        String etag = TestDossiers.etag(id);
        String edited = "{\"members\": " + dossier[1] + ", \"vision\": \"" + vision + "\"}";
        Statistics stats = sessionFactory.getStatistics();
        stats.clear();
        given().contentType(ContentType.JSON).header("If-Match", etag).body(edited).put("/api/v1/dossiers/{id}/content", id)
                .then().statusCode(200);
        long edit = stats.getPrepareStatementCount();
        stats.clear();
        given().post("/api/v1/dossiers/{id}/submission", id).then().statusCode(422);
        long submission = stats.getPrepareStatementCount();
        return new long[] {edit, submission};
    }

    @Test
    void members_are_loaded_in_a_fixed_number_of_statements() {
        long[] few = statements(dossierWithMembers(2), "Peu de membres");
        long[] many = statements(dossierWithMembers(12), "Beaucoup de membres");
        assertThat(many[0]).as("statements to state the content of 12 members vs 2").isEqualTo(few[0]);
        assertThat(many[1]).as("statements to submit a dossier of 12 members vs 2").isEqualTo(few[1]);
    }
}
