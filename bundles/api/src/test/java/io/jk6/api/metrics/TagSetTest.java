package io.jk6.api.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TagSetTest {

    @Test
    void isSortedByNameWhateverTheOrderGiven() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("status", "200");
        tags.put("method", "GET");
        tags.put("name", "home");
        tags.put("skipped", null);
        TagSet set = TagSet.of(tags);
        assertThat(set.asMap().keySet()).containsExactly("method", "name", "status");
        assertThat(set).isEqualTo(TagSet.of("name", "home", "method", "GET", "status", "200"));
        assertThat(set.toString()).isEqualTo("{method:GET, name:home, status:200}");
    }

    @Test
    void withReplacesAddsAndRemoves() {
        TagSet set = TagSet.of("group", "", "scenario", "default");
        assertThat(set.with("group", "::login").get("group")).isEqualTo("::login");
        assertThat(set.with("vu", "1").size()).isEqualTo(3);
        assertThat(set.with("scenario", null).asMap()).containsOnlyKeys("group");
        assertThat(set.with("group", "")).isSameAs(set);
    }

    @Test
    void withAllMergesAMapOverTheSet() {
        Map<String, String> more = new LinkedHashMap<>();
        more.put("status", "200");
        more.put("group", "::api");
        more.put("scenario", null);
        TagSet set = TagSet.of("group", "", "scenario", "default").withAll(more);
        assertThat(set).isEqualTo(TagSet.of("group", "::api", "status", "200"));
    }

    @Test
    void subMetricFiltersMatchByContainment() {
        TagSet sample = TagSet.of("method", "GET", "status", "200", "url", "http://127.0.0.1/");
        assertThat(sample.containsAll(TagSet.of("status", "200"))).isTrue();
        assertThat(sample.containsAll(TagSet.of("status", "404"))).isFalse();
        assertThat(sample.containsAll(TagSet.empty())).isTrue();
    }
}
