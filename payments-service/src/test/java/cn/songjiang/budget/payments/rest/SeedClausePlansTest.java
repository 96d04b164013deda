package cn.songjiang.budget.payments.rest;

import static cn.songjiang.budget.payments.testing.Api.createPlan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.songjiang.budget.payments.domain.InstallmentSplit;
import cn.songjiang.budget.payments.testing.Json;
import cn.songjiang.budget.payments.testing.ProviderDoubles;
import cn.songjiang.budget.payments.testing.SeedClauses;
import cn.songjiang.budget.payments.testing.SeedClauses.Clause;
import cn.songjiang.budget.payments.testing.SeedClauses.Part;
import cn.songjiang.budget.payments.testing.TestContract;
import cn.songjiang.budget.payments.testing.TestProject;
import cn.songjiang.budget.payments.testing.TestProject.TermInstallment;
import cn.songjiang.budget.support.testing.PostgresTestResource;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every seed project with an installment clause gets a plan, proposed from its parsed terms, that matches the
 * clause: the percentages in the order the clause states them, the triggers, amounts summing exactly to the
 * contract value, and the fiscal-close installments (11月上旬（财政关账前）) due on 10 November 2026.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(ProviderDoubles.class)
class SeedClausePlansTest {

    private static final Pattern PERCENT = Pattern.compile("(\\d+)%");
    private static final int SEED_PROJECTS_WITH_INSTALLMENTS = 23;
    private static final int FISCAL_CLOSE_INSTALLMENTS = 8;
    private static final String FISCAL_CLOSE_DATE = "2026-11-10";

    @Test
    void everySeedInstallmentClauseGivesAMatchingPlanAndEightFiscalCloseInstallments() {
        assertEquals(SEED_PROJECTS_WITH_INSTALLMENTS, SeedClauses.ALL.size());
        int fiscalClose = 0;
        for (Clause clause : SeedClauses.ALL) {
            JsonNode plan = planFromTerms(clause);
            JsonNode installments = plan.get("installments");

            assertEquals(percentsStatedIn(clause.text()), percentsOf(installments), clause.project());
            assertEquals(clause.text(), plan.get("clauseText").asText(), clause.project());
            assertEquals("PROJECT_TERMS", plan.get("source").asText());
            List<BigDecimal> expectedAmounts = InstallmentSplit.byPercents(new BigDecimal(clause.value()),
                    clause.parts().stream().map(p -> BigDecimal.valueOf(p.percent())).toList());
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < clause.parts().size(); i++) {
                Part part = clause.parts().get(i);
                JsonNode installment = installments.get(i);
                assertEquals(part.trigger(), installment.get("trigger").asText(), clause.project() + " #" + (i + 1));
                if (part.serviceMonths() != null) {
                    assertEquals(part.serviceMonths().intValue(), installment.get("serviceMonths").asInt());
                }
                assertEquals(expectedAmounts.get(i), installment.get("amount").decimalValue());
                sum = sum.add(installment.get("amount").decimalValue());
                if (part.trigger().equals("FIXED_DATE")) {
                    fiscalClose++;
                    assertTrue(installment.get("fiscalClose").asBoolean(), clause.project());
                    assertEquals(FISCAL_CLOSE_DATE, installment.get("dueDate").asText(), clause.project());
                    assertEquals("DUE", installment.get("status").asText());
                }
            }
            assertEquals(new BigDecimal(clause.value()), sum, clause.project());
        }
        assertEquals(FISCAL_CLOSE_INSTALLMENTS, fiscalClose);
    }

    private static JsonNode planFromTerms(Clause clause) {
        TestProject project = TestProject.withBudget(clause.value()).named(clause.project())
                .terms("INSTALLMENTS", clause.text(), clause.parts().stream()
                        .map(p -> new TermInstallment(BigDecimal.valueOf(p.percent()), p.trigger(), p.serviceMonths(),
                                p.trigger().equals("FIXED_DATE") ? java.time.LocalDate.of(2026, 11, 10) : null,
                                clause.text()))
                        .toArray(TermInstallment[]::new))
                .register();
        TestContract contract = TestContract.of(project, clause.value()).register();
        return Json.read(createPlan("{\"contractId\":" + contract.id + "}").statusCode(201).extract().asString());
    }

    /** The percentages the clause states, in its order (an independent reading of the seed text). */
    private static List<Integer> percentsStatedIn(String text) {
        List<Integer> percents = new ArrayList<>();
        Matcher matcher = PERCENT.matcher(text);
        while (matcher.find()) {
            percents.add(Integer.parseInt(matcher.group(1)));
        }
        return percents;
    }

    private static List<Integer> percentsOf(JsonNode installments) {
        List<Integer> percents = new ArrayList<>();
        installments.forEach(i -> percents.add(i.get("percent").decimalValue().intValueExact()));
        return percents;
    }
}
