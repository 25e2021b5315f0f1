"""Short criterion texts shown beside each screening item (PROTOCOL.md §1)."""

from __future__ import annotations

from baitp_desktop.i18n import tr


def criterion_text(item: str) -> str:
    texts = {
        "I1": tr("Criteria", "Primary ITP, other causes of thrombocytopenia excluded"),
        "I2": tr("Criteria", "Platelets < 30 for 6 months, at least one failed treatment"),
        "I3": tr(
            "Criteria",
            "No sustained response to ≥ 4 weeks of full-dose corticosteroids, "
            "or relapse during/after the taper",
        ),
        "I4": tr("Criteria", "Screening count < 30, or < 50 with significant bleeding (derived)"),
        "I5": tr("Criteria", "Written informed consent; agrees to the visit schedule"),
        "E1": tr("Criteria", "Secondary ITP (HIV, HCV, H. pylori, autoimmune disease)"),
        "E2": tr("Criteria", "Active or past malignancy"),
        "E3": tr("Criteria", "Pregnancy or lactation"),
        "E4": tr("Criteria", "Serious infection now or < 4 weeks before screening"),
        "E5": tr("Criteria", "Symptomatic herpes zoster < 12 weeks before screening"),
        "E6": tr("Criteria", "Active or chronic HBV, HCV or HIV infection"),
        "E7": tr("Criteria", "Active TB, or TB exposure without documented treatment"),
        "E8": tr(
            "Criteria",
            "Significant thrombosis < 24 weeks before screening, or "
            "anticoagulation not well controlled",
        ),
        "E9": tr("Criteria", "MI, unstable ischaemic heart disease, stroke, NYHA IV failure"),
        "E10": tr("Criteria", "Other serious or unstable illness (investigator's judgement)"),
        "E11": tr("Criteria", "Screening labs outside the limits (derived)"),
    }
    return texts[item]
