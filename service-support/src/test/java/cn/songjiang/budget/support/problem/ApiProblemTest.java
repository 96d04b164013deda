package cn.songjiang.budget.support.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiProblemTest {

    private static List<FieldViolation> violations(int count) {
        List<FieldViolation> violations = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            violations.add(new FieldViolation("installments[" + i + "].percent", "must not be null"));
        }
        return violations;
    }

    @Test
    void aFewViolationsAreAllListed() {
        Problem problem = ApiProblem.badRequest(violations(3)).problem();
        assertEquals(3, problem.violations().size());
        assertEquals("installments[0].percent: must not be null; installments[1].percent: must not be null; "
                + "installments[2].percent: must not be null", problem.detail());
    }

    @Test
    void manyViolationsListTheFirstTwentyAndSayHowManyThereWere() {
        Problem problem = ApiProblem.badRequest(violations(100_000)).problem();
        assertEquals(ApiProblem.MAX_VIOLATIONS, problem.violations().size());
        assertTrue(problem.detail().startsWith("100000 invalid fields, the first 20 listed: "), problem.detail());
        assertTrue(problem.detail().length() <= ApiProblem.MAX_DETAIL_LENGTH);
    }

    @Test
    void buildingAProblemIsLinear() {
        ApiProblem.badRequest(violations(1_000));
        List<FieldViolation> many = violations(1_000_000);
        long start = System.nanoTime();
        ApiProblem.badRequest(many);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 100, "took " + millis + " ms");
    }
}
