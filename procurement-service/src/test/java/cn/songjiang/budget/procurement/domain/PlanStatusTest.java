package cn.songjiang.budget.procurement.domain;

import static cn.songjiang.budget.procurement.domain.PlanStatus.APPROVED;
import static cn.songjiang.budget.procurement.domain.PlanStatus.AWARDED;
import static cn.songjiang.budget.procurement.domain.PlanStatus.CANCELLED;
import static cn.songjiang.budget.procurement.domain.PlanStatus.DRAFT;
import static cn.songjiang.budget.procurement.domain.PlanStatus.TENDERING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanStatusTest {

    @ParameterizedTest
    @CsvSource({"DRAFT,APPROVED", "DRAFT,CANCELLED", "APPROVED,TENDERING", "APPROVED,CANCELLED",
            "TENDERING,AWARDED", "TENDERING,CANCELLED"})
    void allowsTheForwardStepsAndCancellationBeforeTheAward(PlanStatus from, PlanStatus to) {
        assertTrue(from.canMoveTo(to));
    }

    @ParameterizedTest
    @CsvSource({"DRAFT,TENDERING", "DRAFT,AWARDED", "APPROVED,DRAFT", "APPROVED,AWARDED", "TENDERING,DRAFT",
            "TENDERING,APPROVED", "AWARDED,CANCELLED", "AWARDED,TENDERING", "CANCELLED,DRAFT", "CANCELLED,APPROVED"})
    void refusesSkippingStepsGoingBackAndLeavingAFinalStatus(PlanStatus from, PlanStatus to) {
        assertFalse(from.canMoveTo(to));
    }

    @Test
    void refusesStayingInTheSameStatusAsATransition() {
        for (PlanStatus status : PlanStatus.values()) {
            assertFalse(status.canMoveTo(status), status::name);
        }
    }

    @Test
    void awardedAndCancelledAreTheOnlyFinalStatuses() {
        Set<PlanStatus> finals = EnumSet.noneOf(PlanStatus.class);
        for (PlanStatus status : PlanStatus.values()) {
            if (status.isFinal()) {
                finals.add(status);
            }
        }
        assertEquals(EnumSet.of(AWARDED, CANCELLED), finals);
    }

    @Test
    void onlyACancelledPlanStopsCountingAsPlannedSpending() {
        assertTrue(DRAFT.countsAsPlanned());
        assertTrue(APPROVED.countsAsPlanned());
        assertTrue(TENDERING.countsAsPlanned());
        assertTrue(AWARDED.countsAsPlanned());
        assertFalse(CANCELLED.countsAsPlanned());
    }
}
