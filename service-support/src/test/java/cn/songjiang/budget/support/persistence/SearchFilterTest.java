package cn.songjiang.budget.support.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchFilterTest {

    @Test
    void absentCriteriaAreLeftOut() {
        SearchFilter filter = new SearchFilter().equal("departmentCode", "department", " ").equal("fiscalYear", "year",
                null);
        assertEquals("", filter.query());
        assertEquals(Map.of(), filter.parameters().map());
    }

    @Test
    void presentCriteriaAreJoinedWithAnd() {
        SearchFilter filter = new SearchFilter().equal("departmentCode", "department", "307")
                .where("amount >= :min", "min", 10).equal("status", "status", null);
        assertEquals("departmentCode = :department and amount >= :min", filter.query());
        assertEquals(Map.of("department", "307", "min", 10), filter.parameters().map());
    }
}
