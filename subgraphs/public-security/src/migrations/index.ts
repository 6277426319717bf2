import { CreateStations1764288000000 } from './1764288000000-CreateStations';
import { AddSecurityWork1764374400000 } from './1764374400000-AddSecurityWork';
import { CoverTalkEventTotals1764547200000 } from './1764547200000-CoverTalkEventTotals';
import { SummariseTalkEventDays1764633600000 } from './1764633600000-SummariseTalkEventDays';
import { AddPatrolShiftMembers1796073300000 } from './1796073300000-AddPatrolShiftMembers';
import { CoverTalkEventGroupTotals1796160000000 } from './1796160000000-CoverTalkEventGroupTotals';
import { SummariseTalkEventGroupYears1796246400000 } from './1796246400000-SummariseTalkEventGroupYears';
import { OrderTalkEventDayLocks1796332800000 } from './1796332800000-OrderTalkEventDayLocks';

/** In the order they run. */
export const migrations = [
  CreateStations1764288000000,
  AddSecurityWork1764374400000,
  CoverTalkEventTotals1764547200000,
  SummariseTalkEventDays1764633600000,
  AddPatrolShiftMembers1796073300000,
  CoverTalkEventGroupTotals1796160000000,
  SummariseTalkEventGroupYears1796246400000,
  OrderTalkEventDayLocks1796332800000,
];
