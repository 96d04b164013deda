package cn.songjiang.budget.payments.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/** Business settings of the payments service; every one has a default and can be overridden per deployment. */
@ConfigMapping(prefix = "payments")
public interface PaymentsConfig {

    /** The department whose projects this service pays (部门代码). */
    @WithDefault("SJZWFW")
    String departmentCode();

    /** Time zone of "today" for due dates and overdue days. */
    @WithDefault("Asia/Shanghai")
    String zone();

    /** Payment term for suppliers that are not SMEs when their contract names none (days). */
    @WithDefault("30")
    int defaultTermDays();

    FiscalClose fiscalClose();

    Forecast forecast();

    Execution execution();

    Ocds ocds();

    ReadModel readModel();

    /** What is computed from the read model and kept until the data changes (see ReadModelCache). */
    interface ReadModel {
        /** The bound of the whole cache, in KiB of answers kept. */
        @WithDefault("65536")
        long cacheMaxKilobytes();

        /** An entry is dropped this long after it was computed even when nothing changed, in seconds. */
        @WithDefault("600")
        int cacheExpirySeconds();
    }

    /** 财政关账: the date by which 11月上旬 installments are paid. */
    interface FiscalClose {
        @WithDefault("11")
        int month();

        @WithDefault("10")
        int day();
    }

    /** Assumed dates of triggers nobody can know in advance, for the cash forecast. */
    interface Forecast {
        /** Days after the end of service until the final acceptance. */
        @WithDefault("30")
        int finalAcceptanceLagDays();

        /** Days after the start for a stage acceptance when the service period has no end. */
        @WithDefault("180")
        int interimAcceptanceLagDays();

        /** Days after the end of a recurring period until its bill or payroll is settled. */
        @WithDefault("10")
        int settlementLagDays();
    }

    /** 双监控: how far budget execution may drift from target completion before a project is flagged. */
    interface Execution {
        @WithDefault("0.10")
        BigDecimal tolerance();

        /** How long the dashboard reuses a year's project list read from projects-service; 0 reads it every time. */
        @WithDefault("5")
        int projectsCacheSeconds();
    }

    /** The Open Contracting export. */
    interface Ocds {
        /** Prefix of every ocid; register a real one with the OCDS helpdesk before publishing. */
        @WithDefault("ocds-sjzwfw")
        String ocidPrefix();

        @WithDefault("上海市松江区政务服务中心")
        String publisherName();

        /** Base URI under which this service's API is published, used in package and extension URIs. */
        @WithDefault("http://localhost:8083")
        String baseUri();
    }
}
