// UI text for "admin" (the admin console), assembled from its parts, in every language.
import { adminLists } from "./admin-lists";
import { adminManage } from "./admin-manage";
import { adminProcess } from "./admin-process";
import { adminRecords } from "./admin-records";
import { adminShell } from "./admin-shell";
import { adminTopics } from "./admin-topics";

function part<L extends "en" | "fi" | "sv">(locale: L) {
  return {
    ...adminShell[locale],
    ...adminLists[locale],
    ...adminRecords[locale],
    ...adminProcess[locale],
    ...adminTopics[locale],
    ...adminManage[locale],
  };
}

export const admin = { en: part("en"), fi: part("fi"), sv: part("sv") };
