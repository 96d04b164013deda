package cn.songjiang.budget.projects.service.importing;

/** Raised when a budget document cannot be parsed; names the 1-based source line and the reason. */
public class BudgetDocumentParseException extends RuntimeException {

    private final int line;
    private final String reason;

    public BudgetDocumentParseException(int line, String reason) {
        super("line " + line + ": " + reason);
        this.line = line;
        this.reason = reason;
    }

    /** 1-based line of the source document where the problem was found. */
    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
