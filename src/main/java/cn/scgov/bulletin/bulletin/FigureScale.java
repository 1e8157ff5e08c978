package cn.scgov.bulletin.bulletin;

/** The unit a figure is counted in: ones, 万 (ten thousand) or 亿 (hundred million). */
public enum FigureScale {
    ONE("", 0),
    TEN_THOUSAND("万", 4),
    HUNDRED_MILLION("亿", 8);

    private final String label;
    private final int exponent;

    FigureScale(String label, int exponent) {
        this.label = label;
        this.exponent = exponent;
    }

    /** What is printed between the number and the unit: 万 in 4.20万件. */
    public String label() {
        return label;
    }

    /** The power of ten one unit of this scale stands for. */
    public int exponent() {
        return exponent;
    }
}
