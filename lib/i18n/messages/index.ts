// All namespaces, assembled per language. To add text for a feature, add a namespace file here.
import { account } from "./account";
import { browse } from "./browse";
import { developers } from "./developers";
import { admin } from "./admin";
import { email } from "./email";
import { errors } from "./errors";
import { feeds } from "./feeds";
import { footer } from "./footer";
import { home } from "./home";
import { imports } from "./imports";
import { initiative } from "./initiative";
import { issues } from "./issues";
import { meta } from "./meta";
import { nav } from "./nav";
import { notify } from "./notify";
import { pictures } from "./pictures";
import { responses } from "./responses";
import { rules } from "./rules";
import { sources } from "./sources";
import { status } from "./status";
import { webhooks } from "./webhooks";

const namespaces = {
  meta,
  nav,
  footer,
  home,
  initiative,
  sources,
  status,
  pictures,
  responses,
  errors,
  issues,
  email,
  feeds,
  browse,
  rules,
  developers,
  account,
  notify,
  imports,
  admin,
  webhooks,
};

type Namespaces = typeof namespaces;
type In<L extends "en" | "fi" | "sv"> = { [K in keyof Namespaces]: Namespaces[K][L] };

function assemble<L extends "en" | "fi" | "sv">(locale: L): In<L> {
  return Object.fromEntries(Object.entries(namespaces).map(([k, v]) => [k, v[locale]])) as In<L>;
}

export const en = assemble("en");
export const fi = assemble("fi");
export const sv = assemble("sv");
