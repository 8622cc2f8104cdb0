package nl.sleutelnet.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ReadMemoTests {

    final AtomicInteger reads = new AtomicInteger();

    String read() {
        return ReadMemo.remember("row", () -> "read " + reads.incrementAndGet());
    }

    @Test
    void outside_a_reading_request_every_ask_reads() {
        assertThat(read()).isEqualTo("read 1");
        assertThat(read()).isEqualTo("read 2");
    }

    @Test
    void within_a_reading_request_the_second_ask_gets_the_first_answer_and_the_next_request_reads_again() {
        try (ReadMemo.Scope scope = ReadMemo.open()) {
            assertThat(read()).isEqualTo("read 1");
            assertThat(read()).isEqualTo("read 1");
            assertThat(ReadMemo.remember("other row", () -> "other")).isEqualTo("other");
        }
        assertThat(read()).isEqualTo("read 2");
        try (ReadMemo.Scope scope = ReadMemo.open()) {
            assertThat(read()).isEqualTo("read 3");
        }
    }

    @Test
    void a_nested_open_leaves_the_request_memo_in_place() {
        try (ReadMemo.Scope scope = ReadMemo.open()) {
            read();
            try (ReadMemo.Scope nested = ReadMemo.open()) {
                assertThat(read()).isEqualTo("read 1");
            }
            assertThat(read()).isEqualTo("read 1");
        }
    }
}
