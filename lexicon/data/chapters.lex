# Guideline chapters, each with its source and the body regions it
# covers (none for chapters not tied to a region). MTUS chapters from 2004
# and 2007 are those of ACOEM's second edition adopted by California;
# ACOEM chapters are from its third edition and later; ODG chapters are
# the Official Disability Guidelines' own.
kind = chapter

# MTUS

[mtus-general-approaches]
source = MTUS
name = General Approaches
aliases = General Approach to Initial Assessment and Documentation | Initial Approaches to Treatment
	| Cornerstones of Disability Prevention and Management | Work-Relatedness | Prevention
	| Independent Medical Examinations and Consultations
not = pretension

[mtus-neck]
source = MTUS
name = Neck and Upper Back Complaints
aliases = Neck and Upper Back Complaints Chapter | Neck & Upper Back Complaints | Neck Complaints
regions = cervical-spine | thoracic-spine

[mtus-shoulder]
source = MTUS
name = Shoulder Complaints
regions = shoulder

[mtus-elbow]
source = MTUS
name = Elbow Disorders
aliases = Elbow Complaints | Elbow Disorders (Revised 2007)
regions = elbow

[mtus-forearm-wrist-hand]
source = MTUS
name = Forearm, Wrist, and Hand Complaints
aliases = Forearm Wrist and Hand Complaints | Forearm, Wrist & Hand Complaints | Hand Complaints
	| Wrist and Hand Complaints
regions = wrist-hand
not = complained

[mtus-low-back]
source = MTUS
name = Low Back Complaints
aliases = Low Back Complaints Chapter | Lumbar Complaints
# ACOEM's second edition: "Low Back Complaints" covers the thoracic and
# lumbar spine.
regions = lumbar-spine | thoracic-spine

[mtus-knee]
source = MTUS
name = Knee Complaints
regions = knee-leg

[mtus-ankle-foot]
source = MTUS
name = Ankle and Foot Complaints
aliases = Ankle & Foot Complaints | Foot and Ankle Complaints
regions = ankle-foot

[mtus-stress]
source = MTUS
name = Stress Related Conditions
aliases = Stress-Related Conditions

[mtus-eye]
source = MTUS
name = Eye Chapter
aliases = Eye Complaints
regions = head

[mtus-chronic-pain]
source = MTUS
name = Chronic Pain Medical Treatment Guidelines
aliases = Chronic Pain Medical Treatment | Chronic Pain Treatment Guidelines | Chronic Pain Guidelines
	| Chronic Pain Medical Treatment Guideline | CPMTG | Chronic Pain Treatment

[mtus-acupuncture]
source = MTUS
name = Acupuncture Medical Treatment Guidelines
aliases = Acupuncture Treatment | Acupuncture Medical Treatment | Acupuncture Treatment Guidelines
	| Acupuncture Guidelines

[mtus-postsurgical]
source = MTUS
name = Postsurgical Treatment Guidelines
aliases = Postsurgical Treatment | Post-surgical Treatment Guidelines | Postsurgical Guidelines
	| Post-Surgical Treatment | Postsurgical Rehabilitation

[mtus-opioids]
source = MTUS
name = Opioid Treatment Guidelines
aliases = Opioid Treatment | Opioids Treatment Guidelines | MTUS Opioid Guidelines | Opioid Guidelines

# ACOEM, third edition and later

[acoem-low-back]
source = ACOEM
name = Low Back Disorders
aliases = Low Back Disorders Chapter
regions = lumbar-spine

[acoem-cervical-thoracic]
source = ACOEM
name = Cervical and Thoracic Spine Disorders
aliases = Cervical & Thoracic Spine Disorders | Neck and Upper Back Disorders
regions = cervical-spine | thoracic-spine

[acoem-shoulder]
source = ACOEM
name = Shoulder Disorders
regions = shoulder

[acoem-elbow]
source = ACOEM
name = Elbow Disorders
regions = elbow

[acoem-hand-wrist-forearm]
source = ACOEM
name = Hand, Wrist, and Forearm Disorders
aliases = Hand Wrist and Forearm Disorders | Hand, Wrist & Forearm Disorders | Forearm, Wrist, and Hand Disorders
regions = wrist-hand

[acoem-hip-groin]
source = ACOEM
name = Hip and Groin Disorders
aliases = Hip & Groin Disorders
regions = hip-pelvis

[acoem-knee]
source = ACOEM
name = Knee Disorders
regions = knee-leg

[acoem-ankle-foot]
source = ACOEM
name = Ankle and Foot Disorders
aliases = Ankle & Foot Disorders
regions = ankle-foot

[acoem-chronic-pain]
source = ACOEM
name = Chronic Pain
aliases = Chronic Pain Guideline | Chronic Pain Disorders

[acoem-opioids]
source = ACOEM
name = Opioids
aliases = Opioids Guideline

[acoem-mental-health]
source = ACOEM
name = Workplace Mental Health
aliases = Workplace Mental Health Guideline

[acoem-tbi]
source = ACOEM
name = Traumatic Brain Injury
regions = head

[acoem-eye]
source = ACOEM
name = Eye Disorders
regions = head

# ODG

[odg-low-back]
source = ODG
name = Low Back - Lumbar & Thoracic (Acute & Chronic)
aliases = Low Back - Lumbar & Thoracic | Low Back Lumbar and Thoracic | Low Back | Low Back Chapter
	| Low Back Section | Lumbar & Thoracic | Lumbar and Thoracic
regions = lumbar-spine | thoracic-spine

[odg-neck]
source = ODG
name = Neck and Upper Back (Acute & Chronic)
aliases = Neck and Upper Back | Neck & Upper Back | Neck | Neck Chapter | Neck Section
	| Neck and Upper Back Chapter
regions = cervical-spine | thoracic-spine

[odg-shoulder]
source = ODG
name = Shoulder (Acute & Chronic)
aliases = Shoulder | Shoulder Chapter | Shoulder Section
regions = shoulder

[odg-elbow]
source = ODG
name = Elbow (Acute & Chronic)
aliases = Elbow | Elbow Chapter | Elbow Section
regions = elbow

[odg-forearm-wrist-hand]
source = ODG
name = Forearm, Wrist, & Hand (Acute & Chronic)
aliases = Forearm, Wrist, & Hand | Forearm Wrist and Hand | Forearm, Wrist and Hand | Forearm, Wrist & Hand
	| Forearm Wrist & Hand | Forearm Wrist Hand | Hand Chapter | Wrist Chapter
regions = wrist-hand

[odg-carpal-tunnel]
source = ODG
name = Carpal Tunnel Syndrome (Acute & Chronic)
aliases = Carpal Tunnel Syndrome | Carpal Tunnel Syndrome Chapter | Carpal Tunnel
regions = wrist-hand

[odg-hip-pelvis]
source = ODG
name = Hip & Pelvis (Acute & Chronic)
aliases = Hip & Pelvis | Hip and Pelvis | Hips & Pelvis | Hips and Pelvis | Hip | Hip Chapter | Hip Section
regions = hip-pelvis

[odg-knee-leg]
source = ODG
name = Knee & Leg (Acute & Chronic)
aliases = Knee & Leg | Knee and Leg | Knee | Knee Chapter | Knee Section | Leg
regions = knee-leg

[odg-ankle-foot]
source = ODG
name = Ankle & Foot (Acute & Chronic)
aliases = Ankle & Foot | Ankle and Foot | Ankle | Foot | Ankle Chapter | Foot Chapter
regions = ankle-foot

[odg-pain]
source = ODG
name = Pain (Chronic)
aliases = Pain | Pain Chapter | Pain Section | Chronic Pain | Chronic Pain Chapter | Pain (Chronic) Chapter

[odg-mental-stress]
source = ODG
name = Mental Illness & Stress
aliases = Mental Illness and Stress | Mental Illness & Stress Chapter | Mental Illness | Mental Disorders
	| Mental Stress | Stress Chapter | Mental Health

[odg-head]
source = ODG
name = Head
aliases = Head Chapter | Head Section
regions = head

[odg-tbi]
source = ODG
name = Traumatic Brain Injury
aliases = TBI | TBI Chapter
regions = head

[odg-eye]
source = ODG
name = Eye
aliases = Eye Chapter | Eye Section
regions = head

[odg-hernia]
source = ODG
name = Hernia
aliases = Hernia Chapter | Hernia Section
regions = abdomen

[odg-pulmonary]
source = ODG
name = Pulmonary
aliases = Pulmonary Chapter
regions = chest

[odg-burns]
source = ODG
name = Burns
aliases = Burns Chapter

[odg-diabetes]
source = ODG
name = Diabetes
aliases = Diabetes Chapter

[odg-formulary]
source = ODG
name = Formulary
aliases = Workers' Compensation Drug Formulary | Drug Formulary | ODG Formulary | Formulary Appendix
not = formula | formulae | formulaic | formulas | formulate

[odg-preface]
source = ODG
name = Preface
aliases = ODG Preface | Physical Therapy Guidelines

[odg-fitness-for-duty]
source = ODG
name = Fitness for Duty
aliases = Fitness for Duty Chapter
