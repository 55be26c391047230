package dev.wuye.complaint.classification;

import dev.wuye.complaint.cases.Validity;
import dev.wuye.complaint.cases.ValidityGround;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValidityClassificationTest {

    final ValidityClassifier classifier = ValidityClassifier.procedureDefaults();

    @Test
    @DisplayName("R-4.2.2a a complaint the company is responsible for and that fell below the standard is valid")
    void responsibleBelowStandardIsValid() {
        ValidityDecision d = classifier.classify(ValidityFacts.responsibleBelowStandard());
        assertThat(d.validity()).isEqualTo(Validity.VALID);
        assertThat(d.ground()).isEqualTo(ValidityGround.COMPANY_RESPONSIBLE_BELOW_STANDARD);
        assertThat(d.ruleId()).isEqualTo("R-4.2.2a");
        assertThat(d.explain(Locale.ENGLISH)).startsWith("R-4.2.2a: valid complaint").contains("required service standard");
        assertThat(d.explain(Locale.SIMPLIFIED_CHINESE)).startsWith("R-4.2.2a：有效投诉").contains("服务标准");
    }

    @Test
    @DisplayName("R-4.2.2a a complaint caused by staff attitude, efficiency or method is valid on that specific ground")
    void staffConductIsValid() {
        ValidityDecision d = classifier.classify(ValidityFacts.staffConduct(ValidityGround.STAFF_ATTITUDE));
        assertThat(d.validity()).isEqualTo(Validity.VALID);
        assertThat(d.ground()).isEqualTo(ValidityGround.STAFF_ATTITUDE);
        assertThat(d.policyId()).isEqualTo("R-4.2.2a/staff-conduct");
        assertThat(d.explain(Locale.CHINA)).contains("员工服务态度");
        assertThat(classifier.classify(ValidityFacts.staffConduct(ValidityGround.STAFF_EFFICIENCY)).ground())
                .isEqualTo(ValidityGround.STAFF_EFFICIENCY);
        ValidityDecision method = classifier.classify(ValidityFacts.staffConduct(ValidityGround.STAFF_METHOD));
        assertThat(method.ground()).isEqualTo(ValidityGround.STAFF_METHOD);
        assertThat(method.explain(Locale.ENGLISH)).isEqualTo("R-4.2.2a: valid complaint \u2014 caused by staff working method.");
    }

    @Test
    @DisplayName("R-4.2.2a only attitude, efficiency or method count as staff conduct")
    void staffConductMustBeAStaffGround() {
        assertThatThrownBy(() -> ValidityFacts.staffConduct(ValidityGround.OTHER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("R-4.2.2a").hasMessageContaining("OTHER");
        assertThatThrownBy(() -> ValidityFacts.staffConduct(null)).hasMessageContaining("R-4.2.2a");
    }

    @Test
    @DisplayName("R-4.2.2 every ground the aggregate stores is explained in Chinese and English")
    void everyGroundExplained() {
        for (ValidityGround g : ValidityGround.values()) {
            ValidityDecision d = ValidityDecision.of(g, "test");
            assertThat(d.validity()).isEqualTo(g.validity());
            assertThat(d.explain(Locale.ENGLISH)).startsWith(g.ruleId() + ": ");
            assertThat(d.explain(Locale.CHINESE)).startsWith(g.ruleId() + "：");
        }
    }

    @Test
    @DisplayName("R-4.2.2a responsibility without falling short of the standard is not enough")
    void responsibleButUpToStandardIsNotValid() {
        ValidityDecision d = classifier.classify(new ValidityFacts(true, false, null, false, false, false));
        assertThat(d.validity()).isEqualTo(Validity.INVALID);
        assertThat(d.ruleId()).isEqualTo("R-4.2.2b");
    }

    @Test
    @DisplayName("R-4.2.2b every other complaint is invalid")
    void otherwiseInvalid() {
        ValidityDecision d = classifier.classify(ValidityFacts.none());
        assertThat(d.validity()).isEqualTo(Validity.INVALID);
        assertThat(d.ground()).isEqualTo(ValidityGround.OTHER);
        assertThat(d.explain(Locale.ENGLISH)).isEqualTo(
                "R-4.2.2b: invalid complaint — none of the grounds of a valid complaint applies.");
        assertThat(d.explain(Locale.CHINESE)).isEqualTo("R-4.2.2b：无效投诉——不属于有效投诉的任何情形。");
    }

    @Test
    @DisplayName("R-4.2.2c a third-party complaint with a coordination duty is valid when the review finds a company-side problem")
    void thirdPartyWithCompanyProblemIsValid() {
        ValidityDecision d = classifier.classify(ValidityFacts.thirdPartyReviewed(true));
        assertThat(d.validity()).isEqualTo(Validity.VALID);
        assertThat(d.ground()).isEqualTo(ValidityGround.THIRD_PARTY_WITH_COMPANY_PROBLEM);
        assertThat(d.ruleId()).isEqualTo("R-4.2.2c");
    }

    @Test
    @DisplayName("R-4.2.2c a third-party complaint with a coordination duty is invalid when the review finds none")
    void thirdPartyWithoutCompanyProblemIsInvalid() {
        ValidityDecision d = classifier.classify(ValidityFacts.thirdPartyReviewed(false));
        assertThat(d.validity()).isEqualTo(Validity.INVALID);
        assertThat(d.ground()).isEqualTo(ValidityGround.THIRD_PARTY_WITHOUT_COMPANY_PROBLEM);
        assertThat(d.ruleId()).isEqualTo("R-4.2.2c");
        assertThat(d.explain(Locale.CHINESE)).contains("第三方").contains("不存在问题");
    }

    @Test
    @DisplayName("R-4.2.2c staff conduct makes a third-party complaint valid regardless of the review")
    void staffConductWinsOverThirdParty() {
        ValidityDecision d = classifier.classify(new ValidityFacts(false, false, ValidityGround.STAFF_METHOD, true, true, false));
        assertThat(d.ground()).isEqualTo(ValidityGround.STAFF_METHOD);
    }

    @Test
    @DisplayName("R-4.2.2 a host composes its own policy in front of the procedure's")
    void hostPolicyComposes() {
        ValidityPolicy strict = new ValidityPolicy() {
            @Override
            public String id() {
                return "HOST/any-responsibility";
            }

            @Override
            public Optional<ValidityDecision> decide(ValidityFacts f) {
                return f.companyResponsible() ? Optional.of(ValidityDecision.of(
                        ValidityGround.COMPANY_RESPONSIBLE_BELOW_STANDARD, id())) : Optional.empty();
            }
        };
        ValidityClassifier host = classifier.withFirst(strict);
        ValidityDecision d = host.classify(new ValidityFacts(true, false, null, false, false, false));
        assertThat(d.validity()).isEqualTo(Validity.VALID);
        assertThat(d.policyId()).isEqualTo("HOST/any-responsibility");
        assertThat(host.policies()).hasSize(5);

        ValidityPolicy chain = ValidityPolicy.thirdPartyReview().orElse(ValidityPolicy.otherwiseInvalid());
        assertThat(chain.decide(ValidityFacts.thirdPartyReviewed(true)).orElseThrow().validity()).isEqualTo(Validity.VALID);
        assertThat(chain.decide(ValidityFacts.none()).orElseThrow().ruleId()).isEqualTo("R-4.2.2b");
        assertThat(ValidityClassifier.of(List.of(ValidityPolicy.staffConduct())).classify(ValidityFacts.none())
                .validity()).isEqualTo(Validity.INVALID);
        assertThatThrownBy(() -> ValidityClassifier.of(List.of())).hasMessageContaining("R-4.2.2");
    }

    @Test
    @DisplayName("the default taxonomy has the ten property-management categories and a host may replace it")
    void taxonomy() {
        CategoryTaxonomy t = CategoryTaxonomy.propertyManagement();
        assertThat(t.categories()).extracting(Category::labelZh).containsExactly("维修与设施", "安全秩序", "保洁环境",
                "绿化", "停车与车辆", "收费", "服务态度", "装修管理", "噪音与邻里", "其他");
        assertThat(t.resolve("NO_SUCH")).isEqualTo(t.fallback());
        assertThat(t.fallback().code()).isEqualTo("OTHER");
        CategoryTaxonomy host = CategoryTaxonomy.of(List.of(new Category("LIFT", "电梯", "Lifts"),
                new Category("MISC", "杂项", "Misc")), "MISC");
        assertThat(host.find("LIFT")).map(Category::labelEn).hasValue("Lifts");
        assertThat(host.resolve(null).code()).isEqualTo("MISC");
        assertThatThrownBy(() -> CategoryTaxonomy.of(List.of(new Category("A", "a", "a")), "B"))
                .hasMessageContaining("fallbackCode B");
    }
}
