package org.linkage.taskdispatch.burden;

/**
 * One community's load (基层减负).
 *
 * @param open its open assignments: the length of its to-do list
 */
public record CommunityLoad(String orgId, String name, int open) {
}
