"""ClientOutbox's merges (transports/client_outbox.py, spec §2.5): exact, conservative, ticks kept whole."""

from __future__ import annotations

import asyncio

from scenewire.protocol import Tick
from scenewire.transports.client_outbox import ClientOutbox, Entry

KEY = ("v", (4,), ())


def placeholder(tick: Tick) -> bytes:
    return b"P%d" % tick.index


def replace_v(size: int = 100, tick: int | None = None) -> Entry:
    return Entry(b"v" * size, "field_replace", "v", KEY, None if tick is None else Tick(index=tick))


def append(field: str, tick: int | None = None) -> Entry:
    return Entry(b"a" * 10, "field_append", field, None, None if tick is None else Tick(index=tick))


def frames(outbox: ClientOutbox) -> list[bytes]:
    return [bytes(e.frame[:1]) if e.frame[:1] != b"P" else bytes(e.frame) for e in outbox._queue]


def test_a_superseded_field_replace_is_merged_and_its_tick_end_kept_in_an_empty_state_patch() -> None:
    outbox = ClientOutbox(200, placeholder)
    assert outbox.put(replace_v(tick=0))
    assert outbox.put(append("trace", tick=1))
    assert outbox.put(replace_v(tick=2))  # over 200 bytes: the first v goes, its tick_end stays
    assert frames(outbox) == [b"P0", b"a", b"v"] and outbox.merged == 1


def test_nothing_merges_across_the_fields_own_append_or_a_scene_ready() -> None:
    for between in (append("v", tick=1), Entry(b"s" * 10, "scene_ready", tick_end=Tick(index=1))):
        outbox = ClientOutbox(150, placeholder)
        outbox.put(replace_v(tick=0))
        outbox.put(between)
        assert not outbox.put(replace_v(tick=2))  # cannot make room: the client fell behind
        assert outbox.merged == 0


def test_an_attrs_update_or_another_shape_never_merges() -> None:
    outbox = ClientOutbox(150, placeholder)
    outbox.put(Entry(b"v" * 100, "field_replace", "v", None, Tick(index=0)))  # key None: attrs_update or a note
    assert not outbox.put(replace_v(tick=1))
    outbox = ClientOutbox(150, placeholder)
    outbox.put(Entry(b"v" * 100, "field_replace", "v", ("v", (5,), ()), Tick(index=0)))
    assert not outbox.put(replace_v(tick=1))


def test_the_rest_of_a_tick_the_socket_has_begun_is_kept_whole() -> None:
    async def main() -> None:
        outbox = ClientOutbox(260, placeholder)
        outbox.put(append("trace"))  # tick 0 begins
        outbox.put(replace_v())
        outbox.put(append("trace", tick=0))
        taken = await outbox.get()  # the socket takes the first frame of tick 0
        assert taken is not None and taken.tick_end is None
        assert not outbox.put(replace_v(200, tick=1))  # the v of tick 0 may not go: over the budget
        assert outbox.merged == 0

    asyncio.run(main())
