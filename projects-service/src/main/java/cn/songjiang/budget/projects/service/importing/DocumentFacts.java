package cn.songjiang.budget.projects.service.importing;

import cn.songjiang.budget.projects.service.importing.CauseAnalysis.Figure;
import cn.songjiang.budget.projects.service.importing.TableReader.CodedTable;
import cn.songjiang.budget.projects.service.importing.TableReader.TwoSidedTable;
import java.util.List;

/** Everything read from the document, including the tables kept only for reconciliation. */
record DocumentFacts(
        int fiscalYear,
        DepartmentInfo department,
        TwoSidedTable summary,
        CodedTable revenueByFunction,
        CodedTable expenditure,
        TwoSidedTable appropriation,
        CodedTable generalPublic,
        CodedTable governmentFund,
        CodedTable stateCapital,
        CodedTable economic,
        ThreePublicExpenses threePublic,
        ThreePublicText threePublicText,
        IntroText intro,
        ProcurementBudget procurement,
        PerformanceSummary performance,
        List<ParsedProject> projects) {

    /** Figures of 部门预算编制说明 (万元 converted to 元); null where the text does not state one. */
    record IntroText(
            Figure incomeTotal,
            Figure fiscalIncome,
            Figure businessIncome,
            Figure operatingIncome,
            Figure otherIncome,
            Figure expenditureTotal,
            Figure fiscalExpenditure,
            Figure generalPublicExpenditure,
            Figure fundExpenditure,
            Figure stateCapitalExpenditure,
            List<Figure> items,
            YearOnYearChange yearOnYear) {
    }

    /** Figures of §一 “三公”经费预算情况说明; null where the text does not state one. */
    record ThreePublicText(
            Figure total,
            Figure outboundTravel,
            Figure vehicleTotal,
            Figure vehiclePurchase,
            Figure vehicleOperation,
            Figure reception) {
    }
}
