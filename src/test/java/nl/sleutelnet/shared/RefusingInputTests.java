package nl.sleutelnet.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;

class RefusingInputTests {

    @Test
    void refused_input_puts_each_problem_once_on_the_model_and_sets_400() {
        ExtendedModelMap model = new ExtendedModelMap();
        AtomicInteger status = new AtomicInteger();
        FieldProblem missing = new FieldProblem("naam", "name.required");
        FieldProblem tooLong = new FieldProblem("naam", "name.tooLong");

        InputProblems.refuse(model, List.of(missing, tooLong, missing), status::set);

        assertThat(status.get()).isEqualTo(400);
        InputProblems shown = (InputProblems) model.getAttribute(InputProblems.ATTRIBUTE);
        assertThat(shown.summary()).containsExactly(missing, tooLong);
        assertThat(shown.get("naam")).isEqualTo(missing);
    }
}
