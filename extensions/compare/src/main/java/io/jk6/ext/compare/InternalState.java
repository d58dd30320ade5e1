package io.jk6.ext.compare;

/**
 * A VU's state as {@code getInternalState()} returns it: record components are snake_case in
 * JS ({@code active_vus}, {@code iteration}, {@code vu_id}).
 *
 * @param activeVus the VUs holding an instance of the module (see AdvancedCompare)
 * @param iteration the VU's iteration, from 0
 * @param vuId      the VU's number, from 1 (0 in the init context)
 */
public record InternalState(long activeVus, long iteration, long vuId) {
}
