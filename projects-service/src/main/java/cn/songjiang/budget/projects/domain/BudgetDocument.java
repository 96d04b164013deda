package cn.songjiang.budget.projects.domain;

import cn.songjiang.budget.support.persistence.AuditedEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;

/** One imported budget document, identified by the SHA-256 of its text; it is never changed after import. */
@Entity
@Table(name = "budget_document")
public class BudgetDocument extends AuditedEntity {

    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    @Column(name = "department_code", nullable = false, length = 20)
    public String departmentCode;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Column(name = "title", nullable = false, length = 200)
    public String title;

    @Column(name = "line_count", nullable = false)
    public int lineCount;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "source_text", nullable = false, columnDefinition = "text")
    public String sourceText;
}
