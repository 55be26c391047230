package dev.wuye.complaint.examples.boot.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wuye.complaint.desk.ApproveSolution;
import dev.wuye.complaint.desk.Assign;
import dev.wuye.complaint.desk.Classify;
import dev.wuye.complaint.desk.RecordFollowUp;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** The action forms derived from the command records, and the JSON fields they post. */
class ActionFormTest {

    final ConsoleLabels labels = new ConsoleLabels(new StaticMessageSource());
    final ObjectMapper json = new ObjectMapper();
    final ZoneId shanghai = ZoneId.of("Asia/Shanghai");

    @Test
    @DisplayName("the actor and the case id are never inputs; a list of staff ids is comma text, a boolean a checkbox")
    void assignForm() {
        List<ActionForm.Field> fields = ActionForm.fields(Assign.class, Map.of(), labels, Locale.SIMPLIFIED_CHINESE);
        assertThat(fields).extracting(ActionForm.Field::name).containsExactly("handlerIds", "delegated");
        assertThat(fields).extracting(ActionForm.Field::kind)
                .containsExactly(ActionForm.Kind.LIST, ActionForm.Kind.CHECKBOX);
        assertThat(ActionForm.fields(ApproveSolution.class, Map.of(), labels, Locale.ENGLISH)).isEmpty();
    }

    @Test
    @DisplayName("an enum is a choice labelled with the procedure's terms in Chinese and readable words in English")
    void enumChoices() {
        ActionForm.Field type = ActionForm.fields(Classify.class, Map.of(), labels, Locale.SIMPLIFIED_CHINESE).get(0);
        assertThat(type.name()).isEqualTo("type");
        assertThat(type.kind()).isEqualTo(ActionForm.Kind.SELECT);
        assertThat(type.options()).extracting(IntakeController.Option::label).containsExactly("咨询", "建议", "投诉", "表扬");
        ActionForm.Field en = ActionForm.fields(Classify.class, Map.of(), labels, Locale.ENGLISH).get(0);
        assertThat(en.options()).extracting(IntakeController.Option::label)
                .containsExactly("Inquiry", "Suggestion", "Complaint", "Praise");
    }

    @Test
    @DisplayName("posted values become typed JSON fields: a list, a boolean, enum names; blanks are left out")
    void body() {
        ObjectNode assign = ActionForm.body(Assign.class, Map.of("handlerIds", "hd-zhao， hd-liu,", "delegated", "true"),
                json, shanghai);
        assertThat(assign.toString()).isEqualTo("{\"handlerIds\":[\"hd-zhao\",\"hd-liu\"],\"delegated\":true}");
        ObjectNode unticked = ActionForm.body(Assign.class, Map.of("handlerIds", "hd-zhao"), json, shanghai);
        assertThat(unticked.get("delegated").booleanValue()).isFalse();
        ObjectNode followUp = ActionForm.body(RecordFollowUp.class, Map.of("method", "PHONE", "remarks", "  "),
                json, shanghai);
        assertThat(followUp.toString()).isEqualTo("{\"method\":\"PHONE\"}");
    }
}
