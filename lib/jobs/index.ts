// Every background job module the worker runs. To add one, export a JobModule and list it here.
import { importerJobs } from "@/lib/importers/jobs";
import { notificationJobs } from "@/lib/notifications/jobs";
import { maintenanceJobs } from "./maintenance";
import type { JobModule } from "./types";

export const JOB_MODULES: JobModule[] = [maintenanceJobs, notificationJobs, importerJobs];
