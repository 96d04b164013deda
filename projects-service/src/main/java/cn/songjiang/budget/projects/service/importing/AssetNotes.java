package cn.songjiang.budget.projects.service.importing;

import java.time.LocalDate;

/**
 * §五 国有资产占有使用情况: counts as stated (null when the text does not say), and the text itself.
 */
public record AssetNotes(
        LocalDate asOf,
        Integer vehicles,
        Integer generalEquipmentOver50Wan,
        Integer specialEquipmentOver100Wan,
        String text,
        String purchasePlanText,
        int line) {
}
