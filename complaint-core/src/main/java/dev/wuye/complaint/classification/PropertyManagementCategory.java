package dev.wuye.complaint.classification;

import java.util.Arrays;

/**
 * The default categories for property management; codes are the constant names. Project's choice: the
 * procedure gives no category list (same kind, 同类意见, is same category and same department).
 */
public enum PropertyManagementCategory {
    /** 维修与设施 — repairs, lifts, water, power, common facilities. */
    REPAIRS_FACILITIES("维修与设施", "Repairs and facilities"),
    /** 安全秩序 — security, access control, order. */
    SECURITY("安全秩序", "Security"),
    /** 保洁环境 — cleaning, refuse, environment. */
    CLEANING_ENVIRONMENT("保洁环境", "Cleaning and environment"),
    /** 绿化 — landscaping and greenery. */
    LANDSCAPING("绿化", "Landscaping"),
    /** 停车与车辆 — parking and vehicles. */
    PARKING_VEHICLES("停车与车辆", "Parking and vehicles"),
    /** 收费 — fees and billing. */
    FEES_BILLING("收费", "Fees and billing"),
    /** 服务态度 — staff attitude. */
    STAFF_ATTITUDE("服务态度", "Staff attitude"),
    /** 装修管理 — decoration (renovation) management. */
    DECORATION("装修管理", "Decoration management"),
    /** 噪音与邻里 — noise and neighbours. */
    NOISE_NEIGHBOURS("噪音与邻里", "Noise and neighbours"),
    /** 其他 — anything else. */
    OTHER("其他", "Other");

    static final CategoryTaxonomy TAXONOMY = CategoryTaxonomy.of(
            Arrays.stream(values()).map(PropertyManagementCategory::category).toList(), OTHER.name());

    private final String labelZh;
    private final String labelEn;

    PropertyManagementCategory(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    /** The Chinese label used on the forms. */
    public String label() {
        return labelZh;
    }

    /** This constant as a taxonomy {@link Category}. */
    public Category category() {
        return new Category(name(), labelZh, labelEn);
    }
}
