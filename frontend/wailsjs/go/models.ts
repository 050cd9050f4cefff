export namespace app {
	
	export class ActivityEntry {
	    id: number;
	    at: string;
	    integrationId: string;
	    integrationName: string;
	    kind: string;
	    level: string;
	    message: string;
	    reason: string;
	
	    static createFrom(source: any = {}) {
	        return new ActivityEntry(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.at = source["at"];
	        this.integrationId = source["integrationId"];
	        this.integrationName = source["integrationName"];
	        this.kind = source["kind"];
	        this.level = source["level"];
	        this.message = source["message"];
	        this.reason = source["reason"];
	    }
	}
	export class ActivityFilter {
	    integrationId: string;
	    kind: string;
	    limit: number;
	
	    static createFrom(source: any = {}) {
	        return new ActivityFilter(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.integrationId = source["integrationId"];
	        this.kind = source["kind"];
	        this.limit = source["limit"];
	    }
	}
	export class BootStatus {
	    ok: boolean;
	    message: string;
	    path: string;
	    dataDir: string;
	    version: string;
	
	    static createFrom(source: any = {}) {
	        return new BootStatus(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.message = source["message"];
	        this.path = source["path"];
	        this.dataDir = source["dataDir"];
	        this.version = source["version"];
	    }
	}
	export class ConnectStart {
	    authUrl: string;
	    redirectUrl: string;
	
	    static createFrom(source: any = {}) {
	        return new ConnectStart(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.authUrl = source["authUrl"];
	        this.redirectUrl = source["redirectUrl"];
	    }
	}
	export class DomainCheck {
	    ok: boolean;
	    domain: string;
	    host: string;
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new DomainCheck(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.domain = source["domain"];
	        this.host = source["host"];
	        this.message = source["message"];
	    }
	}
	export class IntegrationDTO {
	    id: string;
	    name: string;
	    capability: string;
	    domain: string;
	    host: string;
	    pullRecordBy: string;
	    backfillStart: string;
	    oauthClientId: string;
	    hasClientSecret: boolean;
	    environment: string;
	    helpCenterLocale: string;
	    pollIntervalMinutes: number;
	    webhookBaseUrl: string;
	    status: string;
	    statusMessage: string;
	    tokenExpiresAt: string;
	    lastSyncAt: string;
	    lastError: string;
	    webhookState: string;
	    createdAt: string;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new IntegrationDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.capability = source["capability"];
	        this.domain = source["domain"];
	        this.host = source["host"];
	        this.pullRecordBy = source["pullRecordBy"];
	        this.backfillStart = source["backfillStart"];
	        this.oauthClientId = source["oauthClientId"];
	        this.hasClientSecret = source["hasClientSecret"];
	        this.environment = source["environment"];
	        this.helpCenterLocale = source["helpCenterLocale"];
	        this.pollIntervalMinutes = source["pollIntervalMinutes"];
	        this.webhookBaseUrl = source["webhookBaseUrl"];
	        this.status = source["status"];
	        this.statusMessage = source["statusMessage"];
	        this.tokenExpiresAt = source["tokenExpiresAt"];
	        this.lastSyncAt = source["lastSyncAt"];
	        this.lastError = source["lastError"];
	        this.webhookState = source["webhookState"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	    }
	}
	export class IntegrationInput {
	    name: string;
	    capability: string;
	    domain: string;
	    pullRecordBy: string;
	    backfillStart: string;
	    oauthClientId: string;
	    oauthClientSecret: string;
	    clearClientSecret: boolean;
	    environment: string;
	    helpCenterLocale: string;
	    pollIntervalMinutes: number;
	    webhookBaseUrl: string;
	
	    static createFrom(source: any = {}) {
	        return new IntegrationInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.capability = source["capability"];
	        this.domain = source["domain"];
	        this.pullRecordBy = source["pullRecordBy"];
	        this.backfillStart = source["backfillStart"];
	        this.oauthClientId = source["oauthClientId"];
	        this.oauthClientSecret = source["oauthClientSecret"];
	        this.clearClientSecret = source["clearClientSecret"];
	        this.environment = source["environment"];
	        this.helpCenterLocale = source["helpCenterLocale"];
	        this.pollIntervalMinutes = source["pollIntervalMinutes"];
	        this.webhookBaseUrl = source["webhookBaseUrl"];
	    }
	}
	export class ListenerStatus {
	    address: string;
	    running: boolean;
	    error: string;
	    received: number;
	    accepted: number;
	    duplicates: number;
	    rejected: number;
	
	    static createFrom(source: any = {}) {
	        return new ListenerStatus(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.address = source["address"];
	        this.running = source["running"];
	        this.error = source["error"];
	        this.received = source["received"];
	        this.accepted = source["accepted"];
	        this.duplicates = source["duplicates"];
	        this.rejected = source["rejected"];
	    }
	}
	export class TestResult {
	    ok: boolean;
	    kind: string;
	    message: string;
	    userName: string;
	    userEmail: string;
	    role: string;
	    retryAfterSeconds: number;
	
	    static createFrom(source: any = {}) {
	        return new TestResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.kind = source["kind"];
	        this.message = source["message"];
	        this.userName = source["userName"];
	        this.userEmail = source["userEmail"];
	        this.role = source["role"];
	        this.retryAfterSeconds = source["retryAfterSeconds"];
	    }
	}
	export class WebhookCheck {
	    id: string;
	    label: string;
	    ok: boolean;
	    detail: string;
	
	    static createFrom(source: any = {}) {
	        return new WebhookCheck(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.label = source["label"];
	        this.ok = source["ok"];
	        this.detail = source["detail"];
	    }
	}
	export class VerifyReport {
	    integrationId: string;
	    webhookId: string;
	    endpoint: string;
	    checks: WebhookCheck[];
	    testSent: boolean;
	    testArrived: boolean;
	    testDetail: string;
	    ok: boolean;
	    off: boolean;
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new VerifyReport(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.integrationId = source["integrationId"];
	        this.webhookId = source["webhookId"];
	        this.endpoint = source["endpoint"];
	        this.checks = this.convertValues(source["checks"], WebhookCheck);
	        this.testSent = source["testSent"];
	        this.testArrived = source["testArrived"];
	        this.testDetail = source["testDetail"];
	        this.ok = source["ok"];
	        this.off = source["off"];
	        this.message = source["message"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace integration {
	
	export class CapabilityRule {
	    value: string;
	    displayName: string;
	    requiredFields: string[];
	
	    static createFrom(source: any = {}) {
	        return new CapabilityRule(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.value = source["value"];
	        this.displayName = source["displayName"];
	        this.requiredFields = source["requiredFields"];
	    }
	}
	export class RuleSet {
	    capabilities: CapabilityRule[];
	    maxNameLength: number;
	    maxDomainLength: number;
	    maxClientIdLength: number;
	    minPollInterval: number;
	    maxPollInterval: number;
	    defaultPollInterval: number;
	    domainSuffix: string;
	    localePattern: string;
	
	    static createFrom(source: any = {}) {
	        return new RuleSet(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.capabilities = this.convertValues(source["capabilities"], CapabilityRule);
	        this.maxNameLength = source["maxNameLength"];
	        this.maxDomainLength = source["maxDomainLength"];
	        this.maxClientIdLength = source["maxClientIdLength"];
	        this.minPollInterval = source["minPollInterval"];
	        this.maxPollInterval = source["maxPollInterval"];
	        this.defaultPollInterval = source["defaultPollInterval"];
	        this.domainSuffix = source["domainSuffix"];
	        this.localePattern = source["localePattern"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

