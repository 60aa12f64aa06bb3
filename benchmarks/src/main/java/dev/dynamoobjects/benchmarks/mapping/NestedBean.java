package dev.dynamoobjects.benchmarks.mapping;

import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/** The nested shape as a bean. */
@DynamoDbBean
public class NestedBean {
    private String id;
    private List<String> tags;
    private Set<String> labels;
    private Map<String, Integer> counts;
    private List<LineItemBean> lines;
    private AddressBean address;

    @DynamoDbPartitionKey
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags;
    }

    public Set<String> getLabels() {
        return labels;
    }

    public void setLabels(Set<String> labels) {
        this.labels = labels;
    }

    public Map<String, Integer> getCounts() {
        return counts;
    }

    public void setCounts(Map<String, Integer> counts) {
        this.counts = counts;
    }

    public List<LineItemBean> getLines() {
        return lines;
    }

    public void setLines(List<LineItemBean> lines) {
        this.lines = lines;
    }

    public AddressBean getAddress() {
        return address;
    }

    public void setAddress(AddressBean address) {
        this.address = address;
    }
}
