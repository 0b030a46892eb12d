package be.wallonie.clusters.evaluation.adapter.in.rest;

/**
 * Request examples of the OpenAPI document. The business-led dossier is fictitious but well formed
 * (valid enterprise numbers, Walloon members, one German member for openness); a test posts it, so
 * the documented example always assesses as documented.
 */
public final class AssessmentExamples {

    /**
     * « Ossature Bois Wallonie »: ten enterprises along the timber-frame value chain (sawmill, panels,
     * carpentry, builder, joinery, roofing, engineering, trade, insulation), two of them in one
     * corporate group, a research centre in support, a three-year plan with targeted actions.
     */
    public static final String BUSINESS_LED = """
            {
              "name": "Ossature Bois Wallonie",
              "acronym": "OBW",
              "scheme": "ECONOMIC_CLUSTER",
              "entryVolet": "VALIDATION",
              "focus": {"kind": "MARKET", "domain": "construction bois",
                        "description": "Maisons et bâtiments à ossature bois, de la grume au chantier"},
              "members": [
                {"organisationId": "c4a334bf-c6cd-45e9-bb04-9a79d7a7a3cc", "enterpriseNumber": "0399.869.830",
                 "name": "Scierie de la Haute-Lesse SA", "kind": "ENTERPRISE", "sizeClass": "MEDIUM", "role": "CORE_GROUP",
                 "region": "WALLONIA", "country": "BE", "walloonEstablishment": true, "naceCodes": ["16.100"],
                 "employees": 85, "decisionCentreAbroad": false, "coOptedOn": "2025-03-01"},
                {"organisationId": "e4163207-d094-4996-82f0-ee99731c9452", "enterpriseNumber": "1309.114.176",
                 "name": "Panneaux du Condroz SRL", "kind": "ENTERPRISE", "sizeClass": "SMALL", "role": "CORE_GROUP",
                 "region": "WALLONIA", "country": "BE", "walloonEstablishment": true, "corporateGroup": "Groupe Condroz Bois",
                 "naceCodes": ["16.210"], "employees": 32, "decisionCentreAbroad": false, "coOptedOn": "2025-03-01"},
                {"organisationId": "57241955-b91d-4dd9-9389-b372a341738c", "enterpriseNumber": "1364.556.804",
                 "name": "Charpentes de Famenne SRL", "kind": "ENTERPRISE", "sizeClass": "SMALL", "role": "CORE_GROUP",
                 "region": "WALLONIA", "country": "BE", "walloonEstablishment": true, "corporateGroup": "Groupe Condroz Bois",
                 "naceCodes": ["16.230"], "employees": 24, "decisionCentreAbroad": false, "coOptedOn": "2025-03-01"},
                {"organisationId": "17371472-6c16-4229-b608-d9425d111a9d", "enterpriseNumber": "1472.940.545",
                 "name": "Maisons Bois d'Ardenne SA", "kind": "ENTERPRISE", "sizeClass": "MEDIUM", "role": "CORE_GROUP",
                 "region": "WALLONIA", "country": "BE", "walloonEstablishment": true, "naceCodes": ["41.201"],
                 "employees": 120, "decisionCentreAbroad": false, "coOptedOn": "2025-03-01"},
                {"organisationId": "90624fe3-6b82-46c9-982f-b0f1423674a6", "enterpriseNumber": "1168.976.890",
                 "name": "Menuiserie Lambert SRL", "kind": "ENTERPRISE", "sizeClass": "MICRO", "role": "MEMBER",
                 "region": "WALLONIA", "country": "BE", "walloonEstablishment": true, "naceCodes": ["43.320"],
                 "employees": 7, "decisionCentreAbroad": false},
                {"organisationId": "7b6bc3c6-2475-463c-b854-90146dedc86a", "enterpriseNumber": "0932.081.908",
                 "name": "Toitures de la Meuse SRL", "kind": "ENTERPRISE", "sizeClass": "SMALL", "role": "MEMBER",
                 "region": "WALLONIA", "country": "BE", "walloonEstablishment": true, "naceCodes": ["43.910"],
                 "employees": 18, "decisionCentreAbroad": false},
                {"organisationId": "b2c55523-807c-4e30-a598-d0dbccbfd2ec", "enterpriseNumber": "1784.864.831",
                 "name": "Bureau d'études Structure Bois SRL", "kind": "ENTERPRISE", "sizeClass": "MICRO", "role": "MEMBER",
                 "region": "WALLONIA", "country": "BE", "walloonEstablishment": true, "naceCodes": ["71.121"],
                 "employees": 6, "decisionCentreAbroad": false},
                {"organisationId": "85dc0a68-cdb5-4088-b54e-64f4f5ee8c72", "enterpriseNumber": "1344.002.997",
                 "name": "Négoce Bois de Hesbaye SA", "kind": "ENTERPRISE", "sizeClass": "SMALL", "role": "MEMBER",
                 "region": "WALLONIA", "country": "BE", "walloonEstablishment": true, "naceCodes": ["46.731"],
                 "employees": 27, "decisionCentreAbroad": false},
                {"organisationId": "d4d6d278-089b-4123-a842-997da9f5307c", "enterpriseNumber": "0477.876.834",
                 "name": "Isolation Naturelle de Gaume SRL", "kind": "ENTERPRISE", "sizeClass": "SMALL", "role": "MEMBER",
                 "region": "WALLONIA", "country": "BE", "walloonEstablishment": true, "naceCodes": ["16.290"],
                 "employees": 15, "decisionCentreAbroad": false},
                {"organisationId": "f0acdebe-7aa9-4416-ba5c-875cd7aa2208",
                 "name": "Holzbau Eifel GmbH", "kind": "ENTERPRISE", "sizeClass": "SMALL", "role": "MEMBER",
                 "region": "ABROAD", "country": "DE", "walloonEstablishment": false, "naceCodes": ["16.230"],
                 "employees": 40, "decisionCentreAbroad": false},
                {"organisationId": "94a4d29c-7383-4496-800e-05d017985d06", "enterpriseNumber": "1513.627.095",
                 "name": "Centre technique du bois ASBL", "kind": "RESEARCH_CENTRE", "role": "SUPPORT",
                 "region": "WALLONIA", "country": "BE", "walloonEstablishment": true, "naceCodes": ["72.190"],
                 "decisionCentreAbroad": false}
              ],
              "relations": [
                {"fromOrganisationId": "c4a334bf-c6cd-45e9-bb04-9a79d7a7a3cc", "toOrganisationId": "e4163207-d094-4996-82f0-ee99731c9452", "kind": "CUSTOMER_SUPPLIER", "direction": "VERTICAL", "market": true},
                {"fromOrganisationId": "c4a334bf-c6cd-45e9-bb04-9a79d7a7a3cc", "toOrganisationId": "57241955-b91d-4dd9-9389-b372a341738c", "kind": "CUSTOMER_SUPPLIER", "direction": "VERTICAL", "market": true},
                {"fromOrganisationId": "e4163207-d094-4996-82f0-ee99731c9452", "toOrganisationId": "17371472-6c16-4229-b608-d9425d111a9d", "kind": "CUSTOMER_SUPPLIER", "direction": "VERTICAL", "market": true},
                {"fromOrganisationId": "57241955-b91d-4dd9-9389-b372a341738c", "toOrganisationId": "17371472-6c16-4229-b608-d9425d111a9d", "kind": "SUBCONTRACTING", "direction": "VERTICAL", "market": true},
                {"fromOrganisationId": "17371472-6c16-4229-b608-d9425d111a9d", "toOrganisationId": "90624fe3-6b82-46c9-982f-b0f1423674a6", "kind": "SUBCONTRACTING", "direction": "VERTICAL", "market": true},
                {"fromOrganisationId": "17371472-6c16-4229-b608-d9425d111a9d", "toOrganisationId": "7b6bc3c6-2475-463c-b854-90146dedc86a", "kind": "SUBCONTRACTING", "direction": "VERTICAL", "market": true},
                {"fromOrganisationId": "b2c55523-807c-4e30-a598-d0dbccbfd2ec", "toOrganisationId": "17371472-6c16-4229-b608-d9425d111a9d", "kind": "CUSTOMER_SUPPLIER", "direction": "VERTICAL", "market": true},
                {"fromOrganisationId": "85dc0a68-cdb5-4088-b54e-64f4f5ee8c72", "toOrganisationId": "90624fe3-6b82-46c9-982f-b0f1423674a6", "kind": "CUSTOMER_SUPPLIER", "direction": "VERTICAL", "market": true},
                {"fromOrganisationId": "d4d6d278-089b-4123-a842-997da9f5307c", "toOrganisationId": "17371472-6c16-4229-b608-d9425d111a9d", "kind": "CUSTOMER_SUPPLIER", "direction": "VERTICAL", "market": true},
                {"fromOrganisationId": "f0acdebe-7aa9-4416-ba5c-875cd7aa2208", "toOrganisationId": "57241955-b91d-4dd9-9389-b372a341738c", "kind": "JOINT_COMMERCIAL_ACTION", "direction": "HORIZONTAL", "market": true},
                {"fromOrganisationId": "c4a334bf-c6cd-45e9-bb04-9a79d7a7a3cc", "toOrganisationId": "85dc0a68-cdb5-4088-b54e-64f4f5ee8c72", "kind": "STRATEGIC_ALLIANCE", "direction": "HORIZONTAL", "market": false},
                {"fromOrganisationId": "94a4d29c-7383-4496-800e-05d017985d06", "toOrganisationId": "e4163207-d094-4996-82f0-ee99731c9452", "kind": "JOINT_RESEARCH", "direction": "HORIZONTAL", "market": false}
              ],
              "objectives": [
                {"statement": "Doubler d'ici 2030 la part de la construction bois dans les logements neufs en Wallonie",
                 "endorsedBy": ["c4a334bf-c6cd-45e9-bb04-9a79d7a7a3cc", "e4163207-d094-4996-82f0-ee99731c9452",
                                "57241955-b91d-4dd9-9389-b372a341738c", "17371472-6c16-4229-b608-d9425d111a9d",
                                "90624fe3-6b82-46c9-982f-b0f1423674a6", "7b6bc3c6-2475-463c-b854-90146dedc86a",
                                "b2c55523-807c-4e30-a598-d0dbccbfd2ec", "85dc0a68-cdb5-4088-b54e-64f4f5ee8c72",
                                "d4d6d278-089b-4123-a842-997da9f5307c", "f0acdebe-7aa9-4416-ba5c-875cd7aa2208"]},
                {"statement": "Former chaque année soixante charpentiers aux techniques de l'ossature bois",
                 "endorsedBy": ["57241955-b91d-4dd9-9389-b372a341738c", "17371472-6c16-4229-b608-d9425d111a9d",
                                "90624fe3-6b82-46c9-982f-b0f1423674a6", "7b6bc3c6-2475-463c-b854-90146dedc86a"]}
              ],
              "expectedGains": [
                {"description": "Chiffre d'affaires à l'export des membres", "indicator": "members.exportTurnover",
                 "targetValue": 2500000, "unit": "EUR"},
                {"description": "Emplois créés chez les membres", "indicator": "members.jobsCreated", "targetValue": 40,
                 "unit": "count"}
              ],
              "actions": [
                {"title": "Offre commune de maisons passives à ossature bois pour le Grand-Duché de Luxembourg",
                 "type": "TARGETED", "category": "COMMERCIAL", "axis": "Marchés", "orientation": "PRODUITS_MARCHES",
                 "startDate": "2026-01-01", "endDate": "2028-12-31", "recurring": false,
                 "participants": ["c4a334bf-c6cd-45e9-bb04-9a79d7a7a3cc", "e4163207-d094-4996-82f0-ee99731c9452",
                                  "57241955-b91d-4dd9-9389-b372a341738c", "17371472-6c16-4229-b608-d9425d111a9d",
                                  "b2c55523-807c-4e30-a598-d0dbccbfd2ec", "f0acdebe-7aa9-4416-ba5c-875cd7aa2208"],
                 "budget": 120000, "expectedMarketOutcome": "Dix chantiers par an au Luxembourg"},
                {"title": "Formation continue des charpentiers et menuisiers", "type": "GENERIC",
                 "category": "HUMAN_RESOURCES", "axis": "Compétences", "startDate": "2026-01-01", "endDate": "2028-12-31",
                 "recurring": true,
                 "participants": ["57241955-b91d-4dd9-9389-b372a341738c", "17371472-6c16-4229-b608-d9425d111a9d",
                                  "90624fe3-6b82-46c9-982f-b0f1423674a6", "7b6bc3c6-2475-463c-b854-90146dedc86a",
                                  "d4d6d278-089b-4123-a842-997da9f5307c"],
                 "budget": 45000},
                {"title": "Achats groupés de bois certifié PEFC", "type": "TARGETED", "category": "LOGISTICS",
                 "axis": "Approvisionnement", "startDate": "2026-03-01", "endDate": "2028-12-31", "recurring": true,
                 "participants": ["c4a334bf-c6cd-45e9-bb04-9a79d7a7a3cc", "e4163207-d094-4996-82f0-ee99731c9452",
                                  "90624fe3-6b82-46c9-982f-b0f1423674a6", "85dc0a68-cdb5-4088-b54e-64f4f5ee8c72",
                                  "d4d6d278-089b-4123-a842-997da9f5307c"],
                 "budget": 15000, "expectedMarketOutcome": "Coût matière réduit de 8 %"}
              ],
              "governance": {"admissionRules": true, "noPoachingRule": true,
                             "decisionMaking": "Majorité des deux tiers du noyau dur",
                             "ambitionStatement": "Faire de la Wallonie la référence de la construction bois bas carbone de la Grande Région"},
              "animator": {"name": "Claire Dubois", "fte": 1.0, "startDate": "2026-01-01", "yearlyCost": 85000},
              "privateContributionsPerYear": 60000
            }
            """;

    private AssessmentExamples() {
    }
}
