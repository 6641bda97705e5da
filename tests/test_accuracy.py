"""Accuracy floors of the real pipeline on the seeds + dev hand labels.

The pipeline runs once per test session (module fixture) and every floor is checked against
that one evaluation. A failing floor is information, not noise: the message names the figure
and the errors are in the printed report (`nlie eval` writes them to outputs/eval/). Do not
lower a floor to make it pass; fix the extractor or the labels.

The development set grew in batches, and each batch keeps its own floors:

* seeds + dev batches a, b, d (33 articles, mostly individual speed skating, cycling,
  athletics): the floors of issue 3, which these articles were written for;
* dev batch e (10 articles, added later to cover what those lack: relays and rowing boats, team
  pursuits and sprints, triathlon, combined events, time trials, marathons, a championship's
  final day): floors a little under what the rules measured on it when it was adopted, as a
  guard against losing ground there while the rules generalise further;
* dev batch f (10 articles, added to measure generalisation on sports and phrasings the earlier
  batches lack: a world cup team pursuit, a one-day classic, track sprint and omnium, indoor
  athletics, swimming relays, skiffs, cross-country skiing, the Paralympics, a city marathon,
  cross-country running), labelled before the pipeline ran on it: floors a little under its
  figures;
* dev batch g (10 articles, written and labelled by someone who had not seen the rules or their
  output, as a fresh check of the rules batch f led to: a skating sprint championship, shorttrack
  relays, BMX, a cycling time trial, U23 athletics, para-swimming, canoe sprint, a city marathon
  holding a national title, Belgian cyclo-cross, Olympic biathlon): floors a little under its
  figures;
* dev batch h (10 articles, written the same way, on sports none of the others has: judo,
  gymnastics, fencing, taekwondo and archery, sailing, keirin, a road world championship, a
  natural-ice marathon, a national swimming championship, a Diamond League final);
* dev batch i (10 articles, written the same way, close to the seeds: Olympic and world
  championship winter sports in the formats newsrooms publish: a live blog, a news flash, an
  interview, a results list, a preview, a day overview of nine sports, a Belgian piece, a record
  attempt, team pursuit and relay, a retirement story);
* dev batch j (12 articles): the project's first held-out set, written by three writers, kept
  unread for a day of rules and then moved into the development set, when it had stopped
  moving while the dev batches rose, so that its errors could teach the rules (a new held-out
  set took its place): shorttrack, world records, road cycling, triathlon, a city marathon,
  indoor and outdoor athletics championships, swimming, allround skating, track cycling, rowing;
* dev batch k (10 articles, written the same way as g-i, mostly speed skating in the forms a sports
  desk publishes: a championship report, a column, a weekend of twelve national titles, an
  interview, a talent's portrait, a preview, a shorttrack disqualification; and a time trial,
  swimming and rowing championships);
* dev batch l (10 articles, written the same way: Olympic and world-championship winter sport as a
  day report, a medal table, a rivalry, a wire item, a lap-by-lap reconstruction, a result changed
  by a disqualification; and track and road cycling, short-course swimming, athletics);
* dev batch m (10 articles, written the same way, closest to the seeds: Olympic and world
  championship speed skating and shorttrack, from a day of two finals to a mixed-zone piece,
  a preview that recalls the medals so far, a Belgian angle, a veteran's last race, a record).
"""

from __future__ import annotations

from typing import Callable, NamedTuple

import pytest

from pipeline import evaluate as ev
from pipeline.config import RunConfig

SETS = ("seeds", "dev")


class Batch(NamedTuple):
    name: str
    holds: Callable[[str], bool]  # whether a doc_id is in the batch
    #: F1 floors per (extractor, label); see pipeline.evaluate for what each compares.
    floors: dict


#: The batches added after the first 33 articles, by the prefix of their doc_ids.
_LATER_BATCHES = {"dev e": "dev_e", "dev f": "dev_f", "dev g": "dev_g", "dev h": "dev_h", "dev i": "dev_i", "dev j": "dev_j", "dev k": "dev_k", "dev l": "dev_l", "dev m": "dev_m", "dev n": "dev_n", "dev o": "dev_o", "dev p": "dev_p", "dev q": "dev_q", "dev r": "dev_r", "dev s": "dev_s", "dev t": "dev_t", "dev u": "dev_u", "dev v": "dev_v", "dev w": "dev_w", "dev x": "dev_x", "dev y": "dev_y", "dev z": "dev_z", "dev aa": "dev_aa", "dev ab": "dev_ab", "dev ac": "dev_ac", "dev ad": "dev_ad", "dev ae": "dev_ae", "dev af": "dev_af", "dev ag": "dev_ag", "dev ah": "dev_ah", "dev ai": "dev_ai", "dev aj": "dev_aj", "dev ak": "dev_ak", "dev al": "dev_al", "dev am": "dev_am", "dev an": "dev_an", "dev ao": "dev_ao", "dev ap": "dev_ap", "dev aq": "dev_aq", "dev ar": "dev_ar", "dev as": "dev_as", "dev at": "dev_at", "dev au": "dev_au", "dev av": "dev_av", "dev aw": "dev_aw", "dev ax": "dev_ax", "dev ay": "dev_ay", "dev az": "dev_az", "dev ba": "dev_ba", "dev bb": "dev_bb", "dev bc": "dev_bc", "dev bd": "dev_bd", "dev be": "dev_be", "dev bf": "dev_bf", "dev bg": "dev_bg", "dev bh": "dev_bh", "dev bi": "dev_bi", "dev bj": "dev_bj", "dev bk": "dev_bk", "dev bl": "dev_bl", "dev bm": "dev_bm", "dev bn": "dev_bn"}


def _in_first_batches(doc_id: str) -> bool:
    return not doc_id.startswith(tuple(_LATER_BATCHES.values()))


def _in(batch: str) -> Callable[[str], bool]:
    return lambda doc_id: doc_id.startswith(_LATER_BATCHES[batch])


BATCHES = (
    # (medal, athlete, event) facts at 0.95 is issue 3's bar; these 33 measure 0.959 (nlie eval).
    Batch("seeds + dev a, b, d", _in_first_batches, {
        ("entities", "PER"): 0.95, ("entities", ev.ALL): 0.90, ("times", ev.ALL): 0.98,
        ("medals", ev.ALL): 0.95, ("dates", ev.ALL): 0.95,
    }),
    # Measured when the batch was adopted: PER 0.944, entities 0.918, times 1.000,
    # times+athlete 0.885, medals 0.883, dates 0.964 (from 0.613 / 0.644 for times+athlete /
    # medals before the rules were generalised on it).
    Batch("dev e", _in("dev e"), {
        ("entities", "PER"): 0.92, ("entities", ev.ALL): 0.89, ("times", ev.ALL): 0.98,
        ("times+athlete", ev.ALL): 0.85, ("medals", ev.ALL): 0.85, ("dates", ev.ALL): 0.94,
    }),
    # Measured after the rules were generalised on it: PER 0.943, entities 0.928, times 1.000,
    # times+athlete 0.884, medals 0.836, dates 0.971 (from PER 0.927, times+athlete 0.814,
    # medals 0.696 before any rule was written for it). After the crew-boat and team-noun rules
    # (batch g's): times+athlete 0.953.
    Batch("dev f", _in("dev f"), {
        ("entities", "PER"): 0.92, ("entities", ev.ALL): 0.90, ("times", ev.ALL): 0.98,
        ("times+athlete", ev.ALL): 0.93, ("medals", ev.ALL): 0.81, ("dates", ev.ALL): 0.95,
    }),
    # Measured when the batch was adopted, before any rule was written for it: PER 0.955,
    # entities 0.897, times 0.949, times+athlete 0.768, medals 0.682, dates 0.982 (the rules
    # before batch f gave PER 0.928, entities 0.877, times+athlete 0.707, medals 0.659). After the
    # rules generalised on it: PER 0.962, entities 0.901, times 1.000, times+athlete 0.878,
    # medals 0.834, dates 1.000; after the next round (runners-up after "de snelste", crew boats,
    # rivals' roles, double surnames, the final standings): PER 0.981, entities 0.923,
    # times+athlete 0.939, medals 0.927.
    Batch("dev g", _in("dev g"), {
        ("entities", "PER"): 0.96, ("entities", ev.ALL): 0.90, ("times", ev.ALL): 0.98,
        ("times+athlete", ev.ALL): 0.91, ("medals", ev.ALL): 0.90, ("dates", ev.ALL): 0.96,
    }),
    # Measured when the batch was adopted, before any rule was written for it: PER 0.928,
    # entities 0.873, times 0.877, times+athlete 0.667, medals 0.270, dates 1.000. Its medals are
    # mostly of sports the rules did not know yet (weight classes, apparatus, weapons). With
    # their events, scores and phrasings: entities 0.895, PER 0.961, times 1.000, times+athlete
    # 0.760, medals 0.728. With the events named again, lost medal matches, shared bronzes and
    # one wrong label removed: entities 0.900, PER 0.967, medals 0.816.
    Batch("dev h", _in("dev h"), {
        ("entities", "PER"): 0.94, ("entities", ev.ALL): 0.87, ("times", ev.ALL): 0.98,
        ("times+athlete", ev.ALL): 0.74, ("medals", ev.ALL): 0.79, ("dates", ev.ALL): 0.97,
    }),
    # Measured when the batch was adopted, before any rule was written for it: PER 0.942,
    # entities 0.895, times 0.989, times+athlete 0.787, medals 0.661, dates 0.975 (with the rules
    # of the start of that day: 0.935, 0.891, 0.979, 0.756, 0.632). After the rules generalised
    # on it (winter disciplines, sport-headed paragraphs, listing and gapped podiums, national
    # teams, married names, fronted events, lines of splits): PER 0.971, entities 0.920,
    # times+athlete 0.899, medals 0.894.
    Batch("dev i", _in("dev i"), {
        ("entities", "PER"): 0.95, ("entities", ev.ALL): 0.90, ("times", ev.ALL): 0.97,
        ("times+athlete", ev.ALL): 0.87, ("medals", ev.ALL): 0.87, ("dates", ev.ALL): 0.95,
    }),
    # Measured as the held-out set, before any rule was written for it: PER 0.936, entities
    # 0.919, times 0.992, times+athlete 0.787, medals 0.802, dates 0.982 (the same figures with
    # the rules of the start of the day before, when the dev batches were a-e). After the rules
    # generalised on j-m: PER 0.962, entities 0.947, times+athlete 0.929, medals 0.956.
    Batch("dev j", _in("dev j"), {
        ("entities", "PER"): 0.94, ("entities", ev.ALL): 0.92, ("times", ev.ALL): 0.97,
        ("times+athlete", ev.ALL): 0.90, ("medals", ev.ALL): 0.93, ("dates", ev.ALL): 0.96,
    }),
    # Measured when the batch was adopted, before any rule was written for it: PER 0.963,
    # entities 0.888, times 1.000, times+athlete 0.865, medals 0.667, dates 0.961 (with the rules
    # of the start of the day: medals 0.659, the rest the same). After the rules generalised on
    # j-m: PER 0.974, entities 0.915, times+athlete 0.932, medals 0.913, dates 0.987.
    Batch("dev k", _in("dev k"), {
        ("entities", "PER"): 0.95, ("entities", ev.ALL): 0.89, ("times", ev.ALL): 0.98,
        ("times+athlete", ev.ALL): 0.91, ("medals", ev.ALL): 0.89, ("dates", ev.ALL): 0.96,
    }),
    # Measured when the batch was adopted, before any rule was written for it: PER 0.937,
    # entities 0.907, times 0.946, times+athlete 0.821, medals 0.735, dates 0.957 (with the rules
    # of the start of the day: medals 0.722, the rest the same). After the rules generalised on
    # j-m: PER 0.976, entities 0.958, times 1.000, times+athlete 0.864, medals 0.837, dates 0.965.
    Batch("dev l", _in("dev l"), {
        ("entities", "PER"): 0.95, ("entities", ev.ALL): 0.93, ("times", ev.ALL): 0.98,
        ("times+athlete", ev.ALL): 0.84, ("medals", ev.ALL): 0.81, ("dates", ev.ALL): 0.94,
    }),
    # Measured when the batch was adopted, before any rule was written for it: PER 0.962,
    # entities 0.947, times 1.000, times+athlete 0.682, medals 0.822, dates 0.954 (with the rules
    # of the start of the day: 0.943, 0.919, 1.000, 0.636, 0.719, 0.947). After the rules
    # generalised on it: PER 0.972, entities 0.959, times+athlete 0.841, medals 0.869.
    Batch("dev m", _in("dev m"), {
        ("entities", "PER"): 0.95, ("entities", ev.ALL): 0.93, ("times", ev.ALL): 0.98,
        ("times+athlete", ev.ALL): 0.82, ("medals", ev.ALL): 0.84, ("dates", ev.ALL): 0.93,
    }),
    # Measured when the batch was adopted, before any rule was written for it (238e53b): PER
    # 0.955, entities 0.924, times 0.992, times+athlete 0.777, medals 0.710, dates 0.945 (with the
    # rules of the start of that session: 0.955, 0.924, 0.926, 0.744, 0.710, 0.916). After the
    # rules generalised on n and o: PER 0.979, entities 0.951, times+athlete 0.860, medals 0.773,
    # dates 0.982; after the live-blog final and heat rules: times+athlete 0.909, medals 0.824.
    Batch("dev n", _in("dev n"), {
        ("entities", "PER"): 0.96, ("entities", ev.ALL): 0.93, ("times", ev.ALL): 0.98,
        ("times+athlete", ev.ALL): 0.89, ("medals", ev.ALL): 0.80, ("dates", ev.ALL): 0.96,
    }),
    # Measured when the batch was adopted, before any rule was written for it (238e53b): PER
    # 0.900, entities 0.911, times 1.000, times+athlete 0.586, medals 0.551, dates 0.988 (with the
    # rules of the start of that session: 0.875, 0.897, 1.000, 0.552, 0.540, 0.949). After the
    # rules generalised on n and o: PER 0.957, entities 0.952, times+athlete 0.931, medals 0.839.
    Batch("dev o", _in("dev o"), {
        ("entities", "PER"): 0.94, ("entities", ev.ALL): 0.93, ("times", ev.ALL): 0.98,
        ("times+athlete", ev.ALL): 0.91, ("medals", ev.ALL): 0.82, ("dates", ev.ALL): 0.97,
    }),
    # Written blind (Olympic speed skating, short track and monobob, EK allround, EK indoor, a
    # World Cup, a flash, an interview). Measured when the batch was adopted, before any rule was
    # written for it (the rules of 106db1c give the same): PER 0.952, entities 0.912, times 1.000,
    # times+athlete 0.636, medals 0.786, dates 1.000. After the rules generalised on p and q: PER
    # 0.965, entities 0.922, times+athlete 0.742, medals 0.810; after the next session's (a two-word
    # surname, "het goud van X", a chain of pronouns): times+athlete 0.839, medals 0.847.
    Batch("dev p", _in("dev p"), {
        ("entities", "PER"): 0.95, ("entities", ev.ALL): 0.91, ("times", ev.ALL): 0.98,
        ("times+athlete", ev.ALL): 0.82, ("medals", ev.ALL): 0.83, ("dates", ev.ALL): 0.97,
    }),
    # Written blind in ten registers (live blog, round-up, column, regional, Flemish, preview,
    # wire, feature; short track, skating, cycling, athletics, swimming, rowing). Measured when the
    # batch was adopted, before any rule was written for it: PER 0.942, entities 0.906, times
    # 0.977, times+athlete 0.767, medals 0.744, dates 0.966 (the rules of 106db1c: 0.929, 0.893,
    # 0.977, 0.767, 0.738, 0.966). After the rules generalised on p and q: PER 0.970, entities
    # 0.923, times 1.000, times+athlete 0.860, medals 0.775; after the next session's (number words,
    # "die slotafstand", tense cues): times+athlete 0.907, medals 0.791, dates 1.000.
    Batch("dev q", _in("dev q"), {
        ("entities", "PER"): 0.96, ("entities", ev.ALL): 0.91, ("times", ev.ALL): 0.98,
        ("times+athlete", ev.ALL): 0.89, ("medals", ev.ALL): 0.78, ("dates", ev.ALL): 0.98,
    }),
    # Written blind (Olympic 10.000 m, short track live blog, Flemish skeleton, team pursuit with a
    # results table, a column on history, an interview, biathlon, an NK indoor round-up and flash, a
    # regional cyclo-cross story whose athlete shares her surname with the town). Measured when the
    # batch was adopted, before any rule was written for it: PER 0.943, entities 0.896, times 1.000,
    # times+athlete 0.878, medals 0.717, dates 0.959 (the rules of 1f9bd99, this session's start:
    # the same but medals 0.711). After the round-up rules (an item on a championship, results
    # lists under one heading): medals 0.815. After the next session's (datelines, a given name and
    # surname the model took for a place, "in een spannende achtervolging" no event): PER 0.953,
    # entities 0.912, medals 0.885.
    Batch("dev r", _in("dev r"), {
        ("entities", "PER"): 0.94, ("entities", ev.ALL): 0.90, ("times", ev.ALL): 0.98,
        ("times+athlete", ev.ALL): 0.86, ("medals", ev.ALL): 0.87, ("dates", ev.ALL): 0.94,
    }),
    # Written blind, mostly summer sport (EK athletics and swimming with a relay, a stage-race time
    # trial timed in words, a city marathon with a national record, Flemish track cycling, a rowing
    # World Cup, an autumn skating World Cup with a track record, a judo flash, a column looking
    # back and ahead, a regional NK piece whose winner's surname is the town's name). Measured
    # when the batch was adopted, before any rule was written for it (the same with the rules of
    # faced3b, this session's start): PER 0.939, entities 0.895, times 0.981, times+athlete 0.865,
    # medals 0.723, dates 1.000. After the rules written on it (race names by their words, a town
    # at the end of a surname with a particle, datelines, times in words, "het brons in de sprint"):
    # PER 0.982, entities 0.962, times 0.990, times+athlete 0.933, medals 0.810.
    Batch("dev s", _in("dev s"), {
        ("entities", "PER"): 0.97, ("entities", ev.ALL): 0.95, ("times", ev.ALL): 0.98,
        ("times+athlete", ev.ALL): 0.92, ("medals", ev.ALL): 0.80, ("dates", ev.ALL): 0.98,
    }),
    # Written blind, closest to the seeds (an Olympic 1500 m report, a short-track flash, a day
    # overview with a team pursuit and a relay, a bronze medallist's portrait with her past medals, a
    # preview, a World Cup, a WK allround), rowing championships in Dutch and in Flemish, and a
    # regional NK piece. Measured when the batch was adopted, before any rule was written for it:
    # PER 0.937, entities 0.911, times 0.989, times+athlete 0.947, medals 0.783, dates 0.962 (the
    # rules of 7dde2cc, its session's start: the same but entities 0.908).
    Batch("dev t", _in("dev t"), {
        ("entities", "PER"): 0.92, ("entities", ev.ALL): 0.89, ("times", ev.ALL): 0.97,
        ("times+athlete", ev.ALL): 0.93, ("medals", ev.ALL): 0.76, ("dates", ev.ALL): 0.94,
    }),
    # Written blind to be unlike the rest (the dev set leans on Olympic speed skating): indoor
    # athletics with results lists, a short-track flash, a swimming day overview and a Frisian
    # swimmer's portrait, Flemish judo (weight classes, two bronzes), a regional judo piece, a
    # track-cycling preview, a marathon column, a Flemish time-trial championship, a biathlon World
    # Cup. Measured when the batch was adopted (449f680), before any rule was written for it:
    # PER 0.926, entities 0.866, times 1.000, times+athlete 0.771, medals 0.803, dates 0.975.
    Batch("dev u", _in("dev u"), {
        ("entities", "PER"): 0.90, ("entities", ev.ALL): 0.84, ("times", ev.ALL): 0.97,
        ("times+athlete", ev.ALL): 0.74, ("medals", ev.ALL): 0.77, ("dates", ev.ALL): 0.94,
    }),
    # Written blind: a World Cup in Thialf with a track record, an indoor-WK flash, a Flemish
    # stage-race report, rowing championships with crews and a skiff, swimming championships with
    # results lines, Belgian indoor athletics, a skater's portrait, a preview, a handball bronze, a
    # city marathon with an EK limit. Measured when the batch was adopted (715a64e), before any rule
    # was written for it: PER 0.975, entities 0.967, times 0.991, times+athlete 0.936, medals
    # 0.688, dates 0.979 (the rules of 6c232f4, this session's start: entities 0.957, PER 0.963).
    Batch("dev v", _in("dev v"), {
        ("entities", "PER"): 0.95, ("entities", ev.ALL): 0.94, ("times", ev.ALL): 0.97,
        ("times+athlete", ev.ALL): 0.91, ("medals", ev.ALL): 0.66, ("dates", ev.ALL): 0.95,
    }),
    # Batch w, written blind (by a helper that read no extractor code): an EK afstanden wire report
    # with a team pursuit and a false start, a Flemish stage race, an indoor WK with a father-coach,
    # a marathon live blog with the NK inside it, a rowing interview, a column previewing the Games,
    # a swimmer whose surname is a town, a round-up of judo lists, a classic and a hockey league, a
    # Flemish hockey bronze, a short-track WK with a relay and a disqualification. Measured when the
    # batch was adopted (7010a48), before any rule was written for it: PER 0.942, entities 0.904,
    # times 1.000, times+athlete 0.925, medals 0.752, dates 0.948 (the rules of 4c364cf, this
    # session's start: times+athlete 0.900, medals 0.734, all else the same).
    Batch("dev w", _in("dev w"), {
        ("entities", "PER"): 0.92, ("entities", ev.ALL): 0.88, ("times", ev.ALL): 0.97,
        ("times+athlete", ev.ALL): 0.90, ("medals", ev.ALL): 0.72, ("dates", ev.ALL): 0.92,
    }),
    # Batch x, written blind the same way: a Flemish cyclo-cross WK, an EK triathlon with a mixed
    # relay, a track WK (keirin, team sprint, team pursuit), a natural-ice NK marathon, an outdoor
    # EK athletics (hurdles, heptathlon, 10,000 m), a swimming WK with relay splits, a sailing flash,
    # gymnastics apparatus finals, a portrait quoting a mother and a coach, a round-up of six sports
    # under headings of their own. Measured when adopted, with the rules of d9df0d6 (this session's
    # start) and after the country-code rule (8d50de6), which it does not touch: PER 0.955,
    # entities 0.901, times 1.000, times+athlete 0.741, medals 0.714, dates 0.952. Its individual
    # triathlon events were then relabelled "triathlon", as batch e has them (times+athlete 0.815,
    # medals 0.727).
    Batch("dev x", _in("dev x"), {
        ("entities", "PER"): 0.93, ("entities", ev.ALL): 0.88, ("times", ev.ALL): 0.97,
        ("times+athlete", ev.ALL): 0.78, ("medals", ev.ALL): 0.70, ("dates", ev.ALL): 0.93,
    }),
    # Batch y, written blind the same way: a mountain-bike WK, a column on a 200 km natural-ice
    # race in Finland, an EK track flash (team pursuit, scratch, elimination race), a short-course
    # swimming WK, a Flemish beach-volleyball interview, a round-up (Varsity, inline skating, canoe
    # slalom, Diamond League), a regional NK indoor with pole vault, a junior WK results list with
    # country codes, a biathlon interview, a preview of the sports gala recalling the year.
    # Measured when adopted, with the rules of b5ed10e (this session's start): PER 0.970, entities
    # 0.918, times 0.959, times+athlete 0.793, medals 0.538, dates 1.000.
    Batch("dev y", _in("dev y"), {
        ("entities", "PER"): 0.94, ("entities", ev.ALL): 0.89, ("times", ev.ALL): 0.93,
        ("times+athlete", ev.ALL): 0.76, ("medals", ev.ALL): 0.50, ("dates", ev.ALL): 0.97,
    }),
    # Batch z, written blind the same way: a World Cup slalom (two runs), an EK skeleton and
    # monobob flash, an EK open-water 10 km, a wheelchair-marathon interview, a women's classic,
    # a Belgian athletics championship with field events, a junior/U23 EK track results list
    # (pursuit, scratch, points race with their lengths in brackets), a Frisian summer round-up
    # (canoe K1/K2 over 500 meter), a Paralympic selection with future dates, a skeleton portrait.
    # Measured when adopted, with the rules of 0c7056b (this session's start): PER 0.959, entities
    # 0.906, times 1.000, times+athlete 0.692, medals 0.552, dates 0.983; after this session's
    # rules: times+athlete 0.885, medals 0.863, dates 1.000.
    Batch("dev z", _in("dev z"), {
        ("entities", "PER"): 0.93, ("entities", ev.ALL): 0.88, ("times", ev.ALL): 0.97,
        ("times+athlete", ev.ALL): 0.85, ("medals", ev.ALL): 0.82, ("dates", ev.ALL): 0.97,
    }),
    # Written blind like z (the letters ran out: a two-letter prefix): track worlds with the
    # pursuit and the kilo, a natural-ice marathon flash, a city half marathon, U20 athletics with
    # steeple and high jump, a short-course swimming live blog, a rowing interview, a junior NK
    # results list with club team sprints, a weekend preview, a Belgian MTB championship in Peer
    # won by a Van Peer, a column. Measured with the rules of e89391c's parent (33f2ccf): PER 0.960,
    # entities 0.901, times 0.979, times+athlete 0.777, medals 0.661, dates 1.000; after this
    # session's rules: times+athlete 0.935, medals 0.872.
    Batch("dev aa", _in("dev aa"), {
        ("entities", "PER"): 0.93, ("entities", ev.ALL): 0.87, ("times", ev.ALL): 0.95,
        ("times+athlete", ev.ALL): 0.90, ("medals", ev.ALL): 0.84, ("dates", ev.ALL): 0.97,
    }),
    # Written blind like aa: a world allround championship in two versions (a report and a flash),
    # a shorttrack live blog, an athletics interview, a rower's portrait, a Flemish MTB report, a
    # track results list (team sprint, the kilo, scratch, keirin, omnium), a swimming preview, a
    # judo column, a round-up. Measured with the rules of 2b665f0 (this session's start): PER
    # 0.950, entities 0.923, times 0.987, times+athlete 0.779, medals 0.660, dates 0.979; after
    # this session's rules: PER 0.982, entities 0.946, times 1.000, times+athlete 1.000, medals 0.945.
    Batch("dev ab", _in("dev ab"), {
        ("entities", "PER"): 0.95, ("entities", ev.ALL): 0.91, ("times", ev.ALL): 0.97,
        ("times+athlete", ev.ALL): 0.95, ("medals", ev.ALL): 0.90, ("dates", ev.ALL): 0.95,
    }),
    # Written blind like ab: a World Cup weekend with a track record, a flash, shorttrack EK
    # relays and a disqualification, national athletics results with clubs, a Nations Cup track
    # day, national swimming with a record, a rower's portrait, a Flemish MTB World Cup, an
    # Olympic day overview, a round-up. Measured with the rules of 14e4da4 (this session's start)
    # and of 65d5f4b (the same): PER 0.972, entities 0.956, times 1.000, times+athlete 0.886,
    # medals 0.831, dates 0.967. After the rules written on ac and ad (5948ce7): PER 0.982,
    # entities 0.962, times+athlete 0.914, medals 0.855; after the club-relay rules (2ae9776): PER
    # 0.985, entities 0.968, times+athlete 0.957, medals 0.917, dates 0.983.
    Batch("dev ac", _in("dev ac"), {
        ("entities", "PER"): 0.97, ("entities", ev.ALL): 0.95, ("times", ev.ALL): 0.98,
        ("times+athlete", ev.ALL): 0.94, ("medals", ev.ALL): 0.90, ("dates", ev.ALL): 0.97,
    }),
    # The second held-out set (held-out d), moved here as j was: through nine sessions of rules that
    # lifted every fresh dev batch its medals stayed at 0.62-0.64 and its times with athlete at
    # 0.79, so its errors are what the rules have not learnt, and unread they could not teach them.
    # Measured as held-out d, its errors unread, at cf347d2 (the same at 14e4da4): PER 0.968,
    # entities 0.941, times 1.000, times+athlete 0.792, medals 0.637, dates 0.971. After the
    # rules written on it (5948ce7): PER 0.978, entities 0.952, times+athlete 0.868, medals 0.929.
    Batch("dev ad", _in("dev ad"), {
        ("entities", "PER"): 0.95, ("entities", ev.ALL): 0.93, ("times", ev.ALL): 0.98,
        ("times+athlete", ev.ALL): 0.85, ("medals", ev.ALL): 0.90, ("dates", ev.ALL): 0.95,
    }),
    # Written blind like ac, ten articles close to the seeds: an Olympic 1000 m in a report and a
    # flash (with a planted conflict between them), a Flemish shorttrack bronze, a live blog with
    # clock times beside race times, an EK allround silver, an interview, an NK results list with
    # teams in brackets, a preview, a round-up (biathlon World Cup, monobob), a retirement column.
    # Measured with the rules of 74caf94 (this session's start): PER 0.966, entities 0.961, times
    # 0.988, times+athlete 0.894, medals 0.865, dates 0.957. After the rules written on ae and af
    # (2ae9776): PER 0.970, entities 0.963, times+athlete 0.941, medals 0.881, dates 0.983.
    Batch("dev ae", _in("dev ae"), {
        ("entities", "PER"): 0.96, ("entities", ev.ALL): 0.95, ("times", ev.ALL): 0.97,
        ("times+athlete", ev.ALL): 0.92, ("medals", ev.ALL): 0.86, ("dates", ev.ALL): 0.97,
    }),
    # Written blind with ae, on summer sports: a world athletics 1500 m silver with a national
    # record, a European time-trial flash, a Flemish pursuit world title, a city marathon, a swimming
    # live blog, a rower's interview, a triathlon column, an NK athletics results list with clubs
    # and a club relay, a preview of a classic, a round-up. Measured with the rules of 74caf94:
    # PER 0.976, entities 0.911, times 0.991, times+athlete 0.903, medals 0.842, dates 0.906; with
    # the club-relay rules written on ac (cce360e): times+athlete 0.956, medals 0.887; at 2ae9776:
    # PER 0.992, entities 0.929, medals 0.902, dates 0.923.
    Batch("dev af", _in("dev af"), {
        ("entities", "PER"): 0.97, ("entities", ev.ALL): 0.91, ("times", ev.ALL): 0.97,
        ("times+athlete", ev.ALL): 0.94, ("medals", ev.ALL): 0.88, ("dates", ev.ALL): 0.91,
    }),
    # Written blind like ae, on winter sports: an EK allround in a report and a flash (a planted
    # conflict between them), a Flemish shorttrack relay bronze, a World Cup results list with
    # country codes, a portrait of a skater who bears his town's name, an Olympic mass-start live
    # blog, an interview, a preview, a round-up (ski jumping, biathlon, skeleton), a column on
    # fourth places. Measured with the rules of b97f683 (this session's start): PER 0.970,
    # entities 0.941, times 1.000, times+athlete 0.857, medals 0.760, dates 0.987. After the rules
    # written on ag and ah: entities 0.947, times+athlete 0.945, medals 0.902.
    Batch("dev ag", _in("dev ag"), {
        ("entities", "PER"): 0.96, ("entities", ev.ALL): 0.94, ("times", ev.ALL): 0.98,
        ("times+athlete", ev.ALL): 0.93, ("medals", ev.ALL): 0.89, ("dates", ev.ALL): 0.97,
    }),
    # Written blind with ag, on summer sports: an EK 400 m hurdles title in a report and a flash, a
    # Flemish pursuit bronze, a swimming live blog, a rower's interview, a canoe sprint results list
    # with country codes, a rowing preview, a column on times without medals, a BMX rider who bears
    # his village's name, a round-up with club relays. Measured with the rules of b97f683: PER
    # 0.938, entities 0.909, times 0.993, times+athlete 0.891, medals 0.755, dates 1.000. After the
    # rules written on ag and ah: PER 0.943, entities 0.923, times+athlete 0.905, medals 0.847.
    Batch("dev ah", _in("dev ah"), {
        ("entities", "PER"): 0.93, ("entities", ev.ALL): 0.91, ("times", ev.ALL): 0.98,
        ("times+athlete", ev.ALL): 0.89, ("medals", ev.ALL): 0.83, ("dates", ev.ALL): 0.98,
    }),
    # Written blind, on winter sports: an EK distances report, a flash and a Flemish report from an
    # EK short track, a WK sprint live blog, an interview, a marathon skater's portrait, an EK
    # results list with country codes, a WK preview, a round-up, a column on an all-round weekend.
    # Measured with the rules of d314338 (this session's start): PER 0.959, entities 0.947,
    # times 1.000, times+athlete 0.864, medals 0.874, dates 0.951.
    Batch("dev ai", _in("dev ai"), {
        ("entities", "PER"): 0.965, ("entities", ev.ALL): 0.95, ("times", ev.ALL): 0.98,
        ("times+athlete", ev.ALL): 0.85, ("medals", ev.ALL): 0.895, ("dates", ev.ALL): 0.945,
    }),
    # Written blind with ai, on summer sports: an EK 800 m title in a report and a flash, a Flemish
    # hockey bronze, an EK rowing results list, a swimming live blog, a judoka's interview, a
    # rower's portrait, an athletics preview, a column on fourth places, a round-up. Measured with
    # the rules of d314338: PER 0.946, entities 0.899, times 1.000, times+athlete 0.880, medals
    # 0.754, dates 0.980.
    Batch("dev aj", _in("dev aj"), {
        ("entities", "PER"): 0.94, ("entities", ev.ALL): 0.895, ("times", ev.ALL): 0.98,
        ("times+athlete", ev.ALL): 0.93, ("medals", ev.ALL): 0.82, ("dates", ev.ALL): 0.97,
    }),
    # Written blind, on winter sports: an EK shorttrack 1000 m title in a report and a flash (3
    # planted conflicts across the batch), a Flemish skeleton bronze, an Olympic 1500 m live blog, a
    # shorttracker's interview, an NK on natural ice, a WK allround results list, a WK preview, a
    # column on fourth places, a round-up. Measured with the rules of f2c4a32 (this session's
    # start): PER 0.922, entities 0.881, times 0.982, times+athlete 0.727, medals 0.713, dates 0.984;
    # with cd68e6b's, where the floors now sit: PER 0.989, entities 0.971, times+athlete 0.945, medals 0.840.
    Batch("dev ak", _in("dev ak"), {
        ("entities", "PER"): 0.98, ("entities", ev.ALL): 0.96, ("times", ev.ALL): 0.97,
        ("times+athlete", ev.ALL): 0.93, ("medals", ev.ALL): 0.83, ("dates", ev.ALL): 0.97,
    }),
    # Written blind with ak, on summer sports: a WK steeple bronze in a report and a flash, a
    # Flemish EK time-trial silver and a column on it, a city road race, a rowing live blog, a
    # triathlete's interview, an NK athletics results list, a gymnastics preview, a round-up.
    # Measured with the rules of f2c4a32: PER 0.979, entities 0.943, times 0.989, times+athlete
    # 0.835, medals 0.889, dates 0.922; with cd68e6b's: entities 0.954, times+athlete 0.857, dates 0.939.
    Batch("dev al", _in("dev al"), {
        ("entities", "PER"): 0.975, ("entities", ev.ALL): 0.945, ("times", ev.ALL): 0.98,
        ("times+athlete", ev.ALL): 0.845, ("medals", ev.ALL): 0.875, ("dates", ev.ALL): 0.93,
    }),
    # Written blind, on winter sports: an Olympic 1500 m title in a report and a flash (3 planted
    # conflicts across the batch), a Flemish shorttrack bronze, an EK allround live blog, an NK on
    # natural ice, a bobsleigh pilot's interview, an NK single distances results list, a World Cup
    # preview, a round-up, a column. Measured with the rules of 5cae758 (this session's start):
    # PER 0.952, entities 0.932, times 0.990, times+athlete 0.903, medals 0.807, dates 0.968; with
    # 2abfd87's, where the floors now sit: times+athlete 0.946, medals 0.893 (conflicts 3 of 3).
    Batch("dev am", _in("dev am"), {
        ("entities", "PER"): 0.945, ("entities", ev.ALL): 0.94, ("times", ev.ALL): 0.98,
        ("times+athlete", ev.ALL): 0.94, ("medals", ev.ALL): 0.885, ("dates", ev.ALL): 0.96,
    }),
    # Written blind with am, on summer sports: an EK 400 m hurdles title over three days and in a
    # flash, a Flemish omnium silver, a city marathon live blog, a rower's interview, a round-up of
    # races with and without medals, a canoe sprint results list, a swimming column, an NK indoor
    # report, a road WK preview. Measured with the rules of 5cae758: PER 0.970, entities 0.940,
    # times 0.967, times+athlete 0.867, medals 0.777, dates 1.000; with 2abfd87's: medals 0.881.
    Batch("dev an", _in("dev an"), {
        ("entities", "PER"): 0.985, ("entities", ev.ALL): 0.975, ("times", ev.ALL): 0.96,
        ("times+athlete", ev.ALL): 0.88, ("medals", ev.ALL): 0.875, ("dates", ev.ALL): 0.99,
    }),
    # Written blind, on winter sports: an Olympic 5000 m title in a report with tussenkopjes and a
    # flash, a Flemish shorttrack bronze, an Olympic live blog (team pursuit), an NK on natural
    # ice, a shorttracker's interview after a WK, a World Cup results list, a two-man bobsleigh
    # silver, a round-up, a season's review column; 3 planted conflicts. Measured with the rules
    # of 3e4e095 (this session's start): PER 0.963, entities 0.933, times 0.976, times+athlete
    # 0.833, medals 0.745, dates 0.932; with d05a3a3's: entities 0.938, times+athlete 0.857, medals 0.804.
    Batch("dev ao", _in("dev ao"), {
        ("entities", "PER"): 0.955, ("entities", ev.ALL): 0.93, ("times", ev.ALL): 0.97,
        ("times+athlete", ev.ALL): 0.85, ("medals", ev.ALL): 0.80, ("dates", ev.ALL): 0.925,
    }),
    # Written blind with ao, on summer sports: three days of an EK athletics and a flash of its
    # 1500 m title, a Flemish national road title, a city marathon live blog with splits, a
    # rower's interview, an NK swimming results list, a regional judo bronze, a triathlon series
    # preview, a round-up, a running column; 3 planted conflicts. Measured with the rules of
    # 3e4e095: PER 0.966, entities 0.916, times 0.967, times+athlete 0.883, medals 0.797, dates 0.931;
    # with d05a3a3's: PER 0.987, entities 0.938, times 0.983, times+athlete 0.900, medals 0.922.
    Batch("dev ap", _in("dev ap"), {
        ("entities", "PER"): 0.98, ("entities", ev.ALL): 0.93, ("times", ev.ALL): 0.975,
        ("times+athlete", ev.ALL): 0.895, ("medals", ev.ALL): 0.915, ("dates", ev.ALL): 0.925,
    }),
    # Written blind, on winter sports: an Olympic team pursuit title with tussenkopjes, a flash of
    # a 1500 m title with a results list of bare country codes, a Flemish four-man bobsleigh
    # bronze, an EK sprint live blog with points totals, an NK on natural ice, a shorttracker's
    # interview, a column on the Games, a WK preview, a round-up of world cups, a World Cup
    # results list; 3 planted conflicts. Measured with the rules of 1e11609 (this session's start):
    # PER 0.981, entities 0.972, times 1.000, times+athlete 0.900, medals 0.824, dates 0.984.
    Batch("dev aq", _in("dev aq"), {
        ("entities", "PER"): 0.975, ("entities", ev.ALL): 0.965, ("times", ev.ALL): 0.99,
        ("times+athlete", ev.ALL): 0.895, ("medals", ev.ALL): 0.82, ("dates", ev.ALL): 0.98,
    }),
    # Written blind with aq, on summer sports: three days of an EK athletics and a flash of its
    # 400 m hurdles title, a Flemish afvalkoers silver, a city marathon live blog with splits that
    # was also the NK, a swimmer's interview, a WK rowing results list of crews by their bare
    # country codes, a triathlon series interview, a round-up, a preview, a column; 3 planted
    # conflicts. Measured with the rules of 1e11609: PER 0.989, entities 0.944, times 0.932,
    # times+athlete 0.763, medals 0.702, dates 0.956.
    Batch("dev ar", _in("dev ar"), {
        ("entities", "PER"): 0.985, ("entities", ev.ALL): 0.94, ("times", ev.ALL): 0.93,
        ("times+athlete", ev.ALL): 0.76, ("medals", ev.ALL): 0.70, ("dates", ev.ALL): 0.95,
    }),
    # Written blind, on winter sports: an Olympic 3000 m title in a report and a flash, a Flemish
    # two-man bobsleigh bronze, a WK shorttrack live blog (relays), a shorttracker's interview, an
    # NK on natural ice, a World Cup results list of bare country codes, an EK allround report
    # with tussenkopjes, a round-up with biathlon and ski jumping, a WK preview; 3 planted
    # conflicts. Measured with the rules of 7a31a42 (this session's start): PER 0.971, entities
    # 0.953, times 0.981, times+athlete 0.887, medals 0.815, dates 0.942.
    Batch("dev as", _in("dev as"), {
        ("entities", "PER"): 0.965, ("entities", ev.ALL): 0.95, ("times", ev.ALL): 0.975,
        ("times+athlete", ev.ALL): 0.88, ("medals", ev.ALL): 0.81, ("dates", ev.ALL): 0.94,
    }),
    # Written blind with as, on summer sports: four days of an EK road cycling and a flash of its
    # time trial title, a Flemish classic win, a city marathon live blog that was also the NK, a
    # rower's interview, an NK short course results list, an EK athletics preview, a round-up, a
    # canoe sprint column with a split, a regional track cycling piece; 3 planted conflicts.
    # Measured with the rules of 7a31a42: PER 0.975, entities 0.941, times 0.973, times+athlete
    # 0.865, medals 0.817, dates 1.000.
    Batch("dev at", _in("dev at"), {
        ("entities", "PER"): 0.97, ("entities", ev.ALL): 0.935, ("times", ev.ALL): 0.97,
        ("times+athlete", ev.ALL): 0.86, ("medals", ev.ALL): 0.81, ("dates", ev.ALL): 0.99,
    }),
    # Written blind, on winter sports: a WK allround report and its flash, a Flemish Olympic
    # shorttrack relay bronze, a newest-first live blog of the Olympic team pursuits, an NK on
    # natural ice, a shorttracker's interview, a World Cup results list, a Flemish four-man
    # bobsleigh report with tussenkopjes, a WK shorttrack preview, a World Cup round-up; 3 planted
    # conflicts. Measured with the rules of 5cedada (this session's start): PER 0.967, entities
    # 0.964, times 1.000, times+athlete 0.841, medals 0.717, dates 0.967.
    Batch("dev au", _in("dev au"), {
        ("entities", "PER"): 0.96, ("entities", ev.ALL): 0.96, ("times", ev.ALL): 0.99,
        ("times+athlete", ev.ALL): 0.835, ("medals", ev.ALL): 0.71, ("dates", ev.ALL): 0.96,
    }),
    # Written blind with au, on summer sports: three days of a WK indoor and a flash of its hurdles
    # title, a Flemish BK athletics piece, a city marathon live blog that was also the NK, a
    # rower's interview, a regional NK road race report, an EK swimming results list, a WK mountain
    # bike preview, a column, a round-up; 3 planted conflicts. Measured with the rules of 5cedada:
    # PER 0.987, entities 0.956, times 0.962, times+athlete 0.932, medals 0.909, dates 0.953.
    Batch("dev av", _in("dev av"), {
        ("entities", "PER"): 0.98, ("entities", ev.ALL): 0.95, ("times", ev.ALL): 0.955,
        ("times+athlete", ev.ALL): 0.925, ("medals", ev.ALL): 0.90, ("dates", ev.ALL): 0.95,
    }),
    # Written blind, on winter sports: an EK allround report with tussenkopjes and its flash, a
    # Flemish Olympic shorttrack silver, a newest-first live blog of the men's team pursuit, an NK
    # on natural ice, a biathlon relay and pursuit, a World Cup results list with country codes, a
    # Flemish column on Belgium's Olympic haul, a round-up, a WK allround and sprint preview; 3
    # planted conflicts. Measured with the rules of b098262 (this session's start): PER 0.985,
    # entities 0.970, times 0.979, times+athlete 0.830, medals 0.932, dates 0.983.
    Batch("dev aw", _in("dev aw"), {
        ("entities", "PER"): 0.98, ("entities", ev.ALL): 0.965, ("times", ev.ALL): 0.975,
        ("times+athlete", ev.ALL): 0.825, ("medals", ev.ALL): 0.925, ("dates", ev.ALL): 0.975,
    }),
    # Written blind with aw, on summer sports: six days of an EK athletics and a flash of its 800
    # metres title, a Flemish WK track cycling piece, a regional judo bronze, a city marathon live
    # blog that was also the NK, a swimmer's interview, an EK rowing results list with country
    # codes, a preview of three championships, a column, a round-up; 3 planted conflicts. Measured
    # with the rules of b098262: PER 0.983, entities 0.969, times 0.992, times+athlete 0.976,
    # medals 0.866, dates 0.967.
    Batch("dev ax", _in("dev ax"), {
        ("entities", "PER"): 0.975, ("entities", ev.ALL): 0.96, ("times", ev.ALL): 0.985,
        ("times+athlete", ev.ALL): 0.97, ("medals", ev.ALL): 0.86, ("dates", ev.ALL): 0.96,
    }),
    # Written blind, on winter sports: an Olympic 1000 metres report with tussenkopjes, a flash of
    # the shorttrack relay, a Flemish biathlon relay and sprint, a newest-first WK allround live
    # blog, an NK on natural ice, an interview on four-man bobsleigh bronze, a World Cup results
    # list with country codes, a dated Olympic preview, a column, a round-up; 3 planted conflicts.
    # Measured with the rules of 003fc35 (this session's start): PER 0.960, entities 0.953, times
    # 0.988, times+athlete 0.776, medals 0.780, dates 0.970.
    Batch("dev ay", _in("dev ay"), {
        ("entities", "PER"): 0.955, ("entities", ev.ALL): 0.95, ("times", ev.ALL): 0.985,
        ("times+athlete", ev.ALL): 0.77, ("medals", ev.ALL): 0.775, ("dates", ev.ALL): 0.965,
    }),
    # Written blind with ay, on summer sports: a week of an EK athletics by day and a flash of its
    # 5000 metres, a Flemish judo bronze with a results line, a city run live blog with splits that
    # was also the NK, a gymnast's interview, a triathlon column, an NK track cycling results list,
    # a Giro preview, a round-up, a regional NK indoor; 3 planted conflicts. Measured with the rules
    # of 003fc35: PER 0.967, entities 0.940, times 1.000, times+athlete 0.867, medals 0.776, dates 0.947.
    Batch("dev az", _in("dev az"), {
        ("entities", "PER"): 0.96, ("entities", ev.ALL): 0.935, ("times", ev.ALL): 0.995,
        ("times+athlete", ev.ALL): 0.86, ("medals", ev.ALL): 0.77, ("dates", ev.ALL): 0.94,
    }),
    # Written blind, on winter sports: an Olympic 500 metres report with tussenkopjes, a flash of
    # the shorttrack relay, a Flemish two-man bob bronze, a WK allround live blog with points
    # standings, a regional NK on natural ice, an interview, a World Cup results list with country
    # codes and team times, a team pursuit preview, a column, a round-up; 3 planted conflicts.
    # Measured with the rules of dd2d4ff (this session's start): PER 0.957, entities 0.931, times
    # 1.000, times+athlete 0.889, medals 0.764, dates 0.946.
    Batch("dev ba", _in("dev ba"), {
        ("entities", "PER"): 0.95, ("entities", ev.ALL): 0.925, ("times", ev.ALL): 0.995,
        ("times+athlete", ev.ALL): 0.88, ("medals", ev.ALL): 0.755, ("dates", ev.ALL): 0.94,
    }),
    # Written blind with ba, on summer sports: three days of a WK athletics and a flash of its
    # 400 metres hurdles, a Flemish track cycling piece, a marathon live blog with splits that was
    # also the NK, a rower's interview, an NK indoor results list, a round-up, a swimming preview,
    # a triathlon series race, a column; 3 planted conflicts. Measured with the rules of dd2d4ff:
    # PER 0.994, entities 0.966, times 1.000, times+athlete 0.969, medals 0.859, dates 0.903.
    Batch("dev bb", _in("dev bb"), {
        ("entities", "PER"): 0.985, ("entities", ev.ALL): 0.96, ("times", ev.ALL): 0.995,
        ("times+athlete", ev.ALL): 0.96, ("medals", ev.ALL): 0.85, ("dates", ev.ALL): 0.895,
    }),
    # Written blind, on winter sports: an Olympic 1500 metres report with tussenkopjes and an
    # olympic record, a shorttrack relay flash, a shorttrack live blog, a Flemish two-man bob
    # bronze, a regional NK on natural ice, a WK allround interview, a World Cup results list with
    # country codes, a WK sprint and allround preview, a column, a round-up; 3 planted conflicts.
    # Measured with the rules of 1b592f2 (this session's start): PER 0.921, entities 0.932, times
    # 0.988, times+athlete 0.815, medals 0.777, dates 0.985.
    Batch("dev bc", _in("dev bc"), {
        ("entities", "PER"): 0.915, ("entities", ev.ALL): 0.925, ("times", ev.ALL): 0.98,
        ("times+athlete", ev.ALL): 0.81, ("medals", ev.ALL): 0.77, ("dates", ev.ALL): 0.98,
    }),
    # Written blind with bc, on summer sports: three days of an EK athletics and a flash of its
    # 800 metres, a Flemish classic, a marathon live blog with splits and a national record, a
    # rower's interview, an NK athletics results list with clubs, a triathlon column, a regional
    # BMX silver, a round-up, a preview; 3 planted conflicts. Measured with the rules of 1b592f2:
    # PER 0.981, entities 0.942, times 0.982, times+athlete 0.909, medals 0.870, dates 0.973.
    Batch("dev bd", _in("dev bd"), {
        ("entities", "PER"): 0.975, ("entities", ev.ALL): 0.935, ("times", ev.ALL): 0.975,
        ("times+athlete", ev.ALL): 0.90, ("medals", ev.ALL): 0.865, ("dates", ev.ALL): 0.965,
    }),
    # Written blind, on winter sports: an Olympic 5000 metres with tussenkopjes and an olympic
    # record, a shorttrack relay flash, a Flemish two-man bob bronze, a WK allround live blog with
    # points totals, a regional NK on natural ice with hour times, an interview, an NK results
    # list, a WK shorttrack preview, a column, a round-up with World Cup results by country code;
    # 3 planted conflicts. Measured with the rules of 5deb08f (this session's start): PER 0.966,
    # entities 0.963, times 0.989, times+athlete 0.863, medals 0.841, dates 0.985.
    Batch("dev be", _in("dev be"), {
        ("entities", "PER"): 0.96, ("entities", ev.ALL): 0.955, ("times", ev.ALL): 0.98,
        ("times+athlete", ev.ALL): 0.855, ("medals", ev.ALL): 0.835, ("dates", ev.ALL): 0.98,
    }),
    # Written blind with be, on summer sports: three days of a WK indoor and a flash of its
    # hurdles, a Flemish classic, a marathon live blog with splits, a rower's interview, an EK
    # athletics results list with country codes, a regional judo bronze, a WK track preview, a
    # column, a round-up; 3 planted conflicts. Measured with the rules of 5deb08f: PER 0.983,
    # entities 0.976, times 0.991, times+athlete 0.957, medals 0.850, dates 0.986.
    Batch("dev bf", _in("dev bf"), {
        ("entities", "PER"): 0.975, ("entities", ev.ALL): 0.97, ("times", ev.ALL): 0.985,
        ("times+athlete", ev.ALL): 0.95, ("medals", ev.ALL): 0.845, ("dates", ev.ALL): 0.98,
    }),
    # Written blind, on winter sports: an Olympic 1000 metres with tussenkopjes and an olympic
    # record, a shorttrack relay flash with a dateline, a Flemish two-man bob bronze, a WK
    # allround live blog with points totals, a regional NK on natural ice, an interview, a World
    # Cup results list with country codes, a WK sprint and allround preview, a column on the
    # Olympic haul, a round-up of world cups; 3 planted conflicts. Measured with the rules of
    # c897d6d (this session's start): PER 0.964, entities 0.957, times 0.989, times+athlete
    # 0.841, medals 0.851, dates 0.969.
    Batch("dev bg", _in("dev bg"), {
        ("entities", "PER"): 0.955, ("entities", ev.ALL): 0.95, ("times", ev.ALL): 0.98,
        ("times+athlete", ev.ALL): 0.835, ("medals", ev.ALL): 0.845, ("dates", ev.ALL): 0.96,
    }),
    # Written blind with bg, on summer sports: three days of an EK athletics and a flash of its
    # hurdles, a Flemish classic in Flemish idiom, a marathon live blog with splits, a rower's
    # interview, an NK swimming results list, a WK track report, a regional NK indoor, a column,
    # a round-up; 3 planted conflicts. Measured with the rules of c897d6d: PER 0.978, entities
    # 0.968, times 0.972, times+athlete 0.887, medals 0.898, dates 0.986.
    Batch("dev bh", _in("dev bh"), {
        ("entities", "PER"): 0.97, ("entities", ev.ALL): 0.96, ("times", ev.ALL): 0.965,
        ("times+athlete", ev.ALL): 0.88, ("medals", ev.ALL): 0.89, ("dates", ev.ALL): 0.98,
    }),
    # Written blind, on winter sports: an Olympic 10,000 metres with tussenkopjes, a shorttrack
    # relay flash, a Flemish shorttrack bronze, a WK allround and sprint live blog, a World Cup
    # results list with country codes, a regional NK on natural ice, an interview on a two-man
    # bob bronze, a WK shorttrack preview, a column, a round-up; 3 planted conflicts. Measured
    # with the rules of 8feba10 (this session's start): PER 0.986, entities 0.980, times 0.991,
    # times+athlete 0.962, medals 0.838, dates 0.960.
    Batch("dev bi", _in("dev bi"), {
        ("entities", "PER"): 0.98, ("entities", ev.ALL): 0.975, ("times", ev.ALL): 0.985,
        ("times+athlete", ev.ALL): 0.955, ("medals", ev.ALL): 0.83, ("dates", ev.ALL): 0.955,
    }),
    # Written blind with bi, on summer sports: three days of an EK athletics and a flash of its
    # hurdles, a Flemish classic in Flemish idiom, a swimming live blog with splits, a rower's
    # interview, an NK track cycling results list, a regional NK 10 km, a WK road preview, a
    # round-up with judo and BMX, a column; 3 planted conflicts. Measured with the rules of
    # 8feba10: PER 0.994, entities 0.971, times 0.990, times+athlete 0.812, medals 0.777, dates
    # 0.949.
    Batch("dev bj", _in("dev bj"), {
        ("entities", "PER"): 0.99, ("entities", ev.ALL): 0.965, ("times", ev.ALL): 0.985,
        ("times+athlete", ev.ALL): 0.805, ("medals", ev.ALL): 0.77, ("dates", ev.ALL): 0.94,
    }),
    # Written blind, on winter sports: an Olympic team pursuit with tussenkopjes, an ANP flash of
    # a 1500 m title, a shorttrack live blog with a relay, a Flemish two-man bob, a regional NK on
    # natural ice, an interview with a European allround champion, a World Cup results list with
    # country codes, a WK allround and sprint preview, a column on small margins, a round-up; 3
    # planted conflicts. Measured with the rules of e14dad6 (this session's start): PER 0.940,
    # entities 0.933, times 1.000, times+athlete 0.884, medals 0.703, dates 0.955.
    Batch("dev bk", _in("dev bk"), {
        ("entities", "PER"): 0.935, ("entities", ev.ALL): 0.925, ("times", ev.ALL): 0.99,
        ("times+athlete", ev.ALL): 0.875, ("medals", ev.ALL): 0.695, ("dates", ev.ALL): 0.95,
    }),
    # Written blind with bk, on summer sports: three days of an EK athletics and a flash of its
    # 800 m, a Flemish classic in Flemish idiom, a swimming live blog with splits, a rower's
    # interview, an NK track cycling results list, a regional triathlon portrait, a WK road
    # preview, a column on a judo bronze, a round-up; 3 planted conflicts. Measured with the
    # rules of e14dad6: PER 0.974, entities 0.931, times 0.983, times+athlete 0.814, medals
    # 0.853, dates 0.974.
    Batch("dev bl", _in("dev bl"), {
        ("entities", "PER"): 0.97, ("entities", ev.ALL): 0.925, ("times", ev.ALL): 0.975,
        ("times+athlete", ev.ALL): 0.805, ("medals", ev.ALL): 0.845, ("dates", ev.ALL): 0.965,
    }),
    # Written blind, on winter sports: an EK allround report with tussenkopjes and its ANP flash
    # with standings, an Olympic shorttrack live blog with a relay, a Flemish two-man bob, a
    # regional NK on natural ice, a round-up of season races only, an interview with a relay
    # champion, a World Cup results list, an Olympic team pursuit preview, a column looking back
    # on the winter; 3 planted conflicts. Measured with the rules of 7f6fa8c (this session's
    # start): PER 0.960, entities 0.924, times 1.000, times+athlete 0.953, medals 0.884, dates 0.991.
    Batch("dev bm", _in("dev bm"), {
        ("entities", "PER"): 0.955, ("entities", ev.ALL): 0.92, ("times", ev.ALL): 0.99,
        ("times+athlete", ev.ALL): 0.945, ("medals", ev.ALL): 0.875, ("dates", ev.ALL): 0.985,
    }),
    # Written blind with bm, on summer sports: three days of an EK athletics and a flash of its
    # 400 m hurdles, a Flemish track cycling piece in Flemish idiom, a marathon live blog with
    # splits, a rower's interview, an NK swimming results list, a triathlon series race, a regional
    # judo bronze, a round-up, a column on an NK indoor; 3 planted conflicts. Measured with the
    # rules of 7f6fa8c: PER 0.984, entities 0.960, times 0.964, times+athlete 0.880, medals 0.912,
    # dates 0.978.
    Batch("dev bn", _in("dev bn"), {
        ("entities", "PER"): 0.98, ("entities", ev.ALL): 0.955, ("times", ev.ALL): 0.955,
        ("times+athlete", ev.ALL): 0.875, ("medals", ev.ALL): 0.905, ("dates", ev.ALL): 0.97,
    }),
)


@pytest.fixture(scope="module")
def reports() -> dict:
    from pipeline.run import extract_all

    golds, conflicts, _ = ev.load_gold(SETS)
    extractions = extract_all([g.article for g in golds], RunConfig(quiet=True, use_cache=False))
    out = {}
    for batch in BATCHES:
        picked = [i for i, g in enumerate(golds) if batch.holds(g.doc_id)]
        ids = {golds[i].doc_id for i in picked}
        planted = [c for c in conflicts if {d for docs in c.get("values", {}).values() for d in docs} <= ids]
        result = ev.evaluate([extractions[i] for i in picked], [golds[i] for i in picked], planted)
        print(f"== {batch.name} ({len(picked)} articles)\n{ev.format_report(result)}")
        out[batch.name] = result
    return out


def test_every_labelled_article_is_in_one_batch():
    golds, _, _ = ev.load_gold(SETS)
    for gold in golds:
        assert sum(batch.holds(gold.doc_id) for batch in BATCHES) == 1, gold.doc_id


@pytest.mark.parametrize(
    "batch, extractor, label",
    [(b.name, e, l) for b in BATCHES for (e, l) in b.floors],
)
def test_floor(reports, batch, extractor, label):
    floor = next(b for b in BATCHES if b.name == batch).floors[(extractor, label)]
    score = reports[batch].score(extractor, label)
    assert score is not None, f"no score for {extractor}/{label}"
    errors = "\n".join(f"  {e.kind} {e.doc_id} {e.text!r} expected {e.expected} predicted {e.predicted}"
                       for e in (score.misses + score.false_hits)[:15])
    assert score.f1 >= floor, (
        f"{batch}: {extractor}/{label} F1 {score.f1:.3f} < {floor} "
        f"(P {score.precision:.3f} R {score.recall:.3f}, tp {score.tp} fp {score.fp} fn {score.fn})\n{errors}"
    )
