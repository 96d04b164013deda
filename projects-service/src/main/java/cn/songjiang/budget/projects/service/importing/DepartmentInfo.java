package cn.songjiang.budget.projects.service.importing;

import java.util.List;

/** The department as described in 部门主要职能 / 机构设置 and §五 国有资产 of the document. */
public record DepartmentInfo(
        String code,
        String name,
        int nameLine,
        String functionsText,
        List<String> sections,
        int declaredSectionCount,
        int sectionsLine,
        String organisationText,
        AssetNotes assets) {

    public DepartmentInfo {
        sections = List.copyOf(sections);
    }
}
