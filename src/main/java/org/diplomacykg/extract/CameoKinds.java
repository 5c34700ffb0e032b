package org.diplomacykg.extract;

/**
 * Groups of CAMEO codes that the rules resolving "the decision", "the incident" and "the remarks" tell apart: what
 * a word for an earlier act may refer to depends on the kind of act.
 */
final class CameoKinds {
    private CameoKinds() {
    }

    /** Statements, appeals, praise, demands, criticism, rejections and threats: what reacts to an act. */
    static boolean isReaction(String cameo) {
        return cameo.startsWith("01") || cameo.startsWith("02") || cameo.startsWith("051") || cameo.startsWith("10")
            || cameo.startsWith("11") || cameo.startsWith("12") || cameo.startsWith("13");
    }

    /**
     * Intents, agreements, cooperation, aid, concessions, cuts in relations and coercion (03, 057, 06–08, 16, 17):
     * what one decides, unlike a meeting or a use of force.
     */
    static boolean isDecision(String cameo) {
        return cameo.startsWith("03") || cameo.startsWith("057") || cameo.startsWith("06") || cameo.startsWith("07")
            || cameo.startsWith("08") || cameo.startsWith("16") || cameo.startsWith("17");
    }

    /** Threats, protests, force posture, coercion and force (13–20), as "the incident" may name. */
    static boolean isHostile(String cameo) {
        return cameo.compareTo("13") >= 0 && cameo.compareTo("21") < 0;
    }

    /**
     * What "the incident", "the episode" or "the act" can refer to: a threat, a show or use of force, a coercive act
     * (13, 15, 17–20), not a protest or a reduction of relations (14, 16) taken in response.
     */
    static boolean isIncident(String cameo) {
        return isHostile(cameo) && !cameo.startsWith("14") && !cameo.startsWith("16");
    }

    /** Military posture, assault, fighting and mass violence (15, 18–20). */
    static boolean isForce(String cameo) {
        return cameo.startsWith("15") || cameo.startsWith("18") || cameo.startsWith("19") || cameo.startsWith("20");
    }
}
