# Diagnoses, each with a category (after the DMHC diagnosis categories)
# and, where the condition belongs to one, its body regions. Names leave
# out the body part where the condition occurs anywhere ("strain", not
# "lumbar strain"): the body part is matched on its own and carries the
# side.
kind = diagnosis
category = musculoskeletal

# Soft tissue

[sprain-strain]
name = sprain/strain
aliases = sprain strain | sprain-strain | sprain and strain | strain and sprain | strain/sprain
	| strains and sprains | sprains and strains | sprain/strain injury | musculoligamentous strain
	| musculoligamentous sprain | musculoligamentous injury | musculoligamentous sprain/strain

[strain]
name = strain
aliases = muscle strain | strain of muscle | muscular strain | strain of muscle, fascia and tendon
	| strain of muscle and tendon | strain of muscles | pulled muscle | myofascial strain
	| strain of muscle, fascia, and tendon | strain of unspecified muscle, fascia and tendon
	| strain of muscle and/or tendon | strain of muscle and-or tendon | strain of muscle and or tendon
	| strain of unspecified muscles, fascia and tendons | strain of muscle fascia and tendons
	| strain of muscle and tendons
not = strait

[sprain]
name = sprain
aliases = ligament sprain | sprain of ligaments | sprain of the ligaments | ligamentous sprain | sprained

[contusion]
name = contusion
category = trauma
aliases = bruise | bruising | contusions | ecchymosis | hematoma
not = braise | bruiser | centurion | collusion | conclusion | confusion | confusions | contagion

[laceration]
name = laceration
category = trauma
aliases = lacerations | cut | open wound | puncture wound | wound
not = lactation | liberation

[abrasion]
name = abrasion
category = trauma
aliases = abrasions | scrape
not = sarape | scrap | scraper | scraps | serape

[crush-injury]
name = crush injury
category = trauma
aliases = crushing injury | crush | crushed

[fracture]
name = fracture
category = trauma
aliases = fractures | fx | broken bone | closed fracture | open fracture | displaced fracture
	| nondisplaced fracture | non-displaced fracture | comminuted fracture | compression fracture
	| wedge compression fracture | stress fracture | hairline fracture | avulsion fracture
	| nondisplaced comminuted fracture | displaced fracture | unspecified fracture | fractured

[dislocation]
name = dislocation
category = trauma
aliases = dislocations | subluxation | dislocated | instability
not = dissociation | subjugation | sublimation

[injury]
name = injury
category = trauma
aliases = injuries | trauma | traumatic injury | multiple trauma | polytrauma | unspecified injury
	| specified injuries | industrial injury | work injury | occupational injury | fall | work related fall

[tendinitis]
name = tendinitis
aliases = tendonitis | tendinopathy | tendinosis | tendon inflammation | bicipital tendinitis
	| biceps tendinitis | calcific tendinitis
not = tenon

[tenosynovitis]
name = tenosynovitis
aliases = tenosynovitis | tendosynovitis | tenodynovitis | synovitis

[bursitis]
name = bursitis
aliases = trochanteric bursitis | subacromial bursitis | olecranon bursitis | prepatellar bursitis

[lateral-epicondylitis]
name = lateral epicondylitis
aliases = tennis elbow | lateral epicondylosis | lateral epicondyle tendinitis
regions = elbow

[medial-epicondylitis]
name = medial epicondylitis
aliases = golfer's elbow | medial epicondylosis
regions = elbow

[epicondylitis]
name = epicondylitis
aliases = epicondylosis
regions = elbow

[impingement-syndrome]
name = impingement syndrome
aliases = impingement | shoulder impingement | subacromial impingement | impingement syndrome of shoulder
	| neural impingement
regions = shoulder

[rotator-cuff-tear]
name = rotator cuff tear
aliases = rotator cuff tears | rotator cuff rupture | torn rotator cuff | rotator cuff injury
	| rotator cuff syndrome | rotator cuff tendinopathy | rotator cuff tendinitis | supraspinatus tear
	| full thickness tear | partial thickness tear | rotator cuff strain
regions = shoulder

[labral-tear]
name = labral tear
aliases = labrum tear | labral tears | tear of glenoid labrum | degenerative tear of glenoid labrum
	| glenoid labrum tear | SLAP lesion | SLAP tear | superior labral anterior posterior tear
	| superior labrum anterior posterior lesion | Bankart lesion | labral pathology | hip labral tear
regions = shoulder | hip-pelvis

[adhesive-capsulitis]
name = adhesive capsulitis
aliases = frozen shoulder | capsulitis
regions = shoulder

[meniscus-tear]
name = meniscus tear
aliases = meniscal tear | torn meniscus | meniscus tears | tear of the medial meniscus
	| tear of the lateral meniscus | tear of medial meniscus | medial meniscus tear | lateral meniscus tear
	| tear of the medial cartilage and/or meniscus | tear of medial cartilage or meniscus
	| bucket handle tear | meniscal tears
regions = knee-leg

[ligament-tear]
name = ligament tear
aliases = ACL tear | anterior cruciate ligament tear | torn ACL | rupture of the ACL | ACL rupture
	| MCL tear | medial collateral ligament tear | PCL tear | LCL tear | ligament rupture
	| cruciate ligament tear | ligament injury | partial anterior cruciate ligament tear
	| partial medial collateral ligament tear | collateral ligament tear | torn ligament
regions = knee-leg

[internal-derangement]
name = internal derangement
aliases = internal derangement of knee | internal derangement of the knee | derangement
regions = knee-leg

[chondromalacia]
name = chondromalacia
aliases = chondromalacia patella | chondromalacia patellae | patellofemoral syndrome
	| patellofemoral pain syndrome | runner's knee
regions = knee-leg

[plantar-fasciitis]
name = plantar fasciitis
aliases = plantar fasciopathy | plantar fascitis | heel spur | calcaneal spur
regions = ankle-foot

[achilles-tendinitis]
name = Achilles tendinitis
aliases = Achilles tendonitis | Achilles tendinopathy | Achilles tendon rupture | Achilles rupture
regions = ankle-foot

[trigger-finger]
name = trigger finger
aliases = trigger thumb | stenosing tenosynovitis | trigger digit | trigger fingers
regions = wrist-hand

[de-quervain]
name = de Quervain's tenosynovitis
aliases = de Quervain's disease | de Quervain's | de Quervain | de Quervain tenosynovitis
	| de Quervain's syndrome | De Quervain's tendinitis | de Quervains
regions = wrist-hand

[ganglion-cyst]
name = ganglion cyst
aliases = ganglion | ganglia | wrist ganglion
regions = wrist-hand

[it-band-syndrome]
name = iliotibial band syndrome
aliases = IT band syndrome | ITBS | IT band tightness
regions = knee-leg

[piriformis-syndrome]
name = piriformis syndrome
regions = hip-pelvis

[myofascial-pain]
name = myofascial pain syndrome
aliases = myofascial pain | myofascial syndrome | myofascitis | myofascialgia | myofasciitis
	| myofascial trigger points | trigger points

[muscle-spasm]
name = muscle spasm
aliases = spasm | spasms | muscle spasms | muscular spasm | other muscle spasm | myospasm | spasticity

[myalgia]
name = myalgia
aliases = myalgias | muscle pain | muscle ache | muscle aches | myositis

[fibromyalgia]
name = fibromyalgia
aliases = fibromyositis | fibrositis
category = chronic-pain

[muscle-weakness]
name = muscle weakness
aliases = weakness | generalized weakness | muscular weakness | paresis
category = neurological

[stiffness]
name = stiffness
aliases = joint stiffness | stiff | stiffness of joint | limited range of motion | decreased range of motion
not = stiffeners | stiffens | stiffest | stillness | stuffiness | swiftness

# Joints and spine

[arthritis]
name = arthritis
aliases = osteoarthritis | degenerative joint disease | DJD | OA | arthrosis | degenerative arthritis
	| post-traumatic arthritis | posttraumatic arthritis | arthropathy | arthropathies
	| other specific arthropathies | degenerative changes | joint degeneration | rheumatoid arthritis | RA

[arthralgia]
name = arthralgia
aliases = joint pain | arthralgias | polyarthralgia

[disc-displacement]
name = disc displacement
aliases = disc herniation | herniated disc | herniated nucleus pulposus | HNP | disc protrusion
	| disc bulge | bulging disc | disc extrusion | intervertebral disc displacement | disk herniation
	| herniated disk | disk protrusion | disk bulge | bulging disk | slipped disc | disc displacement
	| displacement of intervertebral disc | other intervertebral disc displacement | other cervical disc displacement
	| bulging of the intervertebral disc | disc disorder | intervertebral disc disorder | disc injury
	| disc herniations | disc protrusions | protrusion | bulging | herniation | bulge
regions = spine
not = profusion

[degenerative-disc-disease]
name = degenerative disc disease
aliases = DDD | degenerative disk disease | disc degeneration | disk degeneration
	| intervertebral disc degeneration | degenerative disc-joint disease | degenerative disc
	| discogenic pain | discopathy | internal disc disruption | annular tear | annular fissure
regions = spine

[spondylosis]
name = spondylosis
aliases = spondylitic changes | spinal osteoarthritis | facet arthropathy | facet syndrome
	| facet joint syndrome | facet hypertrophy | facet arthrosis | osteophytes | spondylotic changes
	| spondylarthrosis | lumbar region spondylosis
regions = spine

[spondylolisthesis]
name = spondylolisthesis
aliases = spondylolysis | anterolisthesis | retrolisthesis | listhesis | pars defect
regions = spine
not = listless

[spinal-stenosis]
name = spinal stenosis
aliases = stenosis | foraminal stenosis | neuroforaminal stenosis | central canal stenosis
	| neural foraminal narrowing | foraminal narrowing | canal stenosis | lateral recess stenosis
	| neurogenic claudication
regions = spine

[radiculopathy]
name = radiculopathy
category = neurological
aliases = radiculopathies | radicular pain | radicular symptoms | radicular complaints | radiculitis
	| radiculopathy, cervical region | radiculopathy, lumbosacral region | nerve root compression
	| nerve root impingement | radicular syndrome | radicular pain syndrome | radiating pain
	| radicular | radiculitides | nerve root irritation
regions = spine

[sciatica]
name = sciatica
category = neurological
aliases = sciatic pain | sciatic neuritis | lumbago with sciatica | sciatic nerve pain | sciatic
regions = lumbar-spine

[cervicalgia]
name = cervicalgia
aliases = neck pain | cervical pain | pain in neck | cervical spine pain | neck ache | cervical myalgia
regions = cervical-spine

[lumbago]
name = lumbago
aliases = low back pain | lower back pain | LBP | lumbar pain | lumbalgia | pain in the lower back
	| low back ache | lumbosacral pain | lumbar spine pain
regions = lumbar-spine

[thoracic-pain]
name = thoracic spine pain
aliases = pain in thoracic spine | pain in the thoracic spine | thoracic back pain | thoracalgia
	| mid back pain | upper back pain | thoracic pain
regions = thoracic-spine

[dorsalgia]
name = dorsalgia
aliases = back pain | backache | back ache | dorsalgia, unspecified | pain in back
regions = spine

[shoulder-pain]
name = shoulder pain
aliases = pain in shoulder | pain in the shoulder | shoulder ache | omalgia
regions = shoulder

[knee-pain]
name = knee pain
aliases = pain in knee | pain in the knee | gonalgia
regions = knee-leg

[segmental-dysfunction]
name = segmental dysfunction
aliases = somatic dysfunction | segmental and somatic dysfunction | sacroiliac dysfunction
	| sacroiliac joint dysfunction | SI joint dysfunction | sacroiliitis | SI joint pain
	| sacroiliac segmental dysfunction | cervical segmental dysfunction | subluxation complex

[kyphosis-scoliosis]
name = scoliosis
aliases = kyphosis | lordosis | loss of lordosis | straightening of the lordosis | scoliotic
regions = spine

[post-laminectomy-syndrome]
name = post-laminectomy syndrome
aliases = failed back surgery syndrome | FBSS | postlaminectomy syndrome | failed back syndrome
	| post laminectomy syndrome
category = chronic-pain
regions = spine

[pain]
name = pain
category = chronic-pain
aliases = pains | ache | aches | aching | soreness | discomfort | pain in
not = discomfit | sureness

[chronic-pain]
name = chronic pain
category = chronic-pain
aliases = chronic pain syndrome | chronic pain disorder | pain syndrome | chronic pain condition
	| intractable pain | persistent pain | chronic pain due to trauma

[crps]
name = complex regional pain syndrome
category = chronic-pain
aliases = CRPS | reflex sympathetic dystrophy | RSD | causalgia | CRPS type I | CRPS type II

# Nerves

[carpal-tunnel-syndrome]
name = carpal tunnel syndrome
category = neurological
aliases = CTS | carpal tunnel | median neuropathy | median nerve entrapment | median nerve compression
	| carpal tunnel syndromes
regions = wrist-hand

[cubital-tunnel-syndrome]
name = cubital tunnel syndrome
category = neurological
aliases = cubital tunnel | ulnar neuropathy | ulnar nerve entrapment | ulnar neuritis
	| lesion of the ulnar nerve | lesion of ulnar nerve | ulnar nerve compression | tardy ulnar palsy
regions = elbow

[tarsal-tunnel-syndrome]
name = tarsal tunnel syndrome
category = neurological
aliases = tarsal tunnel
regions = ankle-foot

[thoracic-outlet-syndrome]
name = thoracic outlet syndrome
category = neurological
aliases = TOS | scapulothoracic syndrome
regions = shoulder | cervical-spine

[neuropathy]
name = neuropathy
category = neurological
aliases = peripheral neuropathy | polyneuropathy | neuropathic pain | neuritis | neuralgia
	| diabetic neuropathy | nerve damage | nerve injury | nerve entrapment | mononeuropathy
	| entrapment neuropathy | occipital neuralgia | intercostal neuralgia | postherpetic neuralgia

[paresthesia]
name = paresthesia
category = neurological
aliases = paresthesias | paraesthesia | numbness | tingling | numbness and tingling | pins and needles
	| dysesthesia | hypoesthesia | numbness and weakness
not = parenthesis | tangling | tingeing | tinging | tinkling

[myelopathy]
name = myelopathy
category = neurological
aliases = cervical myelopathy | spinal cord compression | cord compression
regions = spine

[concussion]
name = concussion
category = neurological
aliases = concussions | concussion with loss of consciousness | concussion without loss of consciousness
	| mild traumatic brain injury | mTBI | closed head injury | head injury
regions = head
not = concession | concessions | confession

[post-concussion-syndrome]
name = post-concussion syndrome
category = neurological
aliases = postconcussion syndrome | postconcussional syndrome | post-concussive syndrome
	| post concussion syndrome | postconcussive syndrome | post-concussional syndrome
regions = head

[traumatic-brain-injury]
name = traumatic brain injury
category = neurological
aliases = TBI | brain injury | intracranial injury | cerebral contusion | subdural hematoma
regions = head

[headache]
name = headache
category = neurological
aliases = headaches | cephalgia | cephalalgia | post-traumatic headache | post traumatic headaches
	| post-traumatic cephalalgia | posttraumatic headache | tension headache | tension-type headache
	| cervicogenic headache | head pain
regions = head
not = cephalic

[migraine]
name = migraine
category = neurological
aliases = migraines | migraine headache | migraine headaches
regions = head

[dizziness]
name = dizziness
category = ent
aliases = dizziness and giddiness | vertigo | giddiness | lightheadedness | dizzy | disequilibrium
	| imbalance | loss of balance | benign paroxysmal positional vertigo | BPPV
not = dinginess | dirtiness | dizziest | gaudiness | giddiest | godliness | lightheartedness

[tinnitus]
name = tinnitus
category = ent
aliases = ringing in the ears

[hearing-loss]
name = hearing loss
category = ent
aliases = hearing impairment | deafness | sensorineural hearing loss | noise-induced hearing loss
	| conductive hearing loss | hearing deficit
regions = head
not = dearness

[tmj-disorder]
name = temporomandibular joint disorder
aliases = TMJ disorder | TMJ syndrome | TMD | temporomandibular disorder | TMJ dysfunction | bruxism
regions = head

[seizure]
name = seizure disorder
category = neurological
aliases = seizure | seizures | epilepsy | convulsions
not = compulsions | conclusions | conversions

[syncope]
name = syncope
category = cardiovascular
aliases = fainting | loss of consciousness | passing out | syncopal episode
not = feinting

# Mental

[depression]
name = depression
category = mental
aliases = depressive disorder | major depressive disorder | MDD | major depression | depressed mood
	| depressive symptoms | dysthymia | dysthymic disorder | depressive episode
	| major depressive disorder, single episode | depressive
not = digression

[anxiety]
name = anxiety
category = mental
aliases = anxiety disorder | generalized anxiety disorder | GAD | general anxiety disorder | anxious
	| panic disorder | panic attacks | anxiety state | anxiousness

[depression-anxiety]
name = mixed anxiety and depression
category = mental
aliases = anxiety and depression | depression and anxiety | mixed anxiety-depressive disorder
	| mixed anxiety and depressed mood | adjustment disorder with mixed anxiety and depressed mood

[adjustment-disorder]
name = adjustment disorder
category = mental
aliases = adjustment disorders | adjustment reaction

[ptsd]
name = post-traumatic stress disorder
category = mental
aliases = PTSD | posttraumatic stress disorder | post traumatic stress disorder | acute stress disorder

[stress]
name = stress
category = mental
aliases = psychological stress | emotional stress | work stress | stress reaction | psychiatric stress
	| psychological factors affecting medical condition | stress related physiological response
not = strews

[insomnia]
name = insomnia
category = mental
aliases = sleep disorder | sleep disturbance | sleep disturbances | sleeplessness | difficulty sleeping
	| sleep difficulties | trouble sleeping | sleep problems | sleep impairment | inability to sleep
	| insomnia disorder | sleep apnea | obstructive sleep apnea | OSA

[pain-disorder]
name = pain disorder
category = mental
aliases = pain disorder associated with psychological factors | somatic symptom disorder | somatoform disorder
	| psychogenic pain

[substance-use]
name = substance use disorder
category = mental
aliases = opioid dependence | opioid use disorder | opioid addiction | drug dependence | addiction
	| chemical dependency | substance abuse | alcohol abuse | alcohol dependence | opioid tolerance
	| opioid-induced hyperalgesia | dependence
not = abdication | addition | additions | audition | adduction

[suicidal-ideation]
name = suicidal ideation
category = mental
aliases = suicidal thoughts | homicidal ideation | homicidal thoughts | suicidal and homicidal thoughts
	| suicidality

[cognitive-disorder]
name = cognitive disorder
category = mental
aliases = cognitive impairment | memory loss | memory impairment | cognitive deficits | cognitive dysfunction
	| mild cognitive impairment | neurocognitive disorder | memory problems

[autism]
name = autism spectrum disorder
category = mental
aliases = autism | autism spectrum | autistic | Asperger's | Asperger syndrome | ASD
not = artistic

[psychosis]
name = psychotic disorder
category = mental
aliases = psychosis | schizophrenia | bipolar disorder | bipolar | mania
not = psychos

[erectile-dysfunction]
name = erectile dysfunction
category = genitourinary
aliases = ED | male erectile disorder | impotence | sexual dysfunction | erectile disorder
not = impatience | importance | impudence

# Medical

[hypertension]
name = hypertension
category = cardiovascular
aliases = HTN | high blood pressure | elevated blood pressure | essential hypertension

[arrhythmia]
name = arrhythmia
category = cardiovascular
aliases = supraventricular tachycardia | SVT | tachycardia | atrial fibrillation | A-fib | afib
	| bradycardia | palpitations | palpitation | irregular heartbeat | dysrhythmia

[heart-disease]
name = heart disease
category = cardiovascular
aliases = myocardial infarction | myocardial infarct | heart attack | MI | coronary artery disease | CAD
	| angina | congestive heart failure | CHF | heart failure | cardiomyopathy | chest pain

[dvt]
name = deep vein thrombosis
category = cardiovascular
aliases = DVT | thrombosis | blood clot | pulmonary embolism | thromboembolism | venous thrombosis

[diabetes]
name = diabetes mellitus
category = endocrine
aliases = diabetes | DM | type 2 diabetes | type II diabetes | type 1 diabetes | diabetic | NIDDM | IDDM
	| diabetes mellitus type 2 | prediabetes | hyperglycemia
not = hypoglycemia

[dyslipidemia]
name = dyslipidemia
category = endocrine
aliases = hyperlipidemia | hypercholesterolemia | high cholesterol | elevated cholesterol | hypertriglyceridemia

[obesity]
name = obesity
category = endocrine
aliases = obese | morbid obesity | overweight | weight gain | elevated BMI
not = oversight

[thyroid]
name = thyroid disorder
category = endocrine
aliases = hypothyroidism | hyperthyroidism | thyroid disease

[gerd]
name = gastroesophageal reflux disease
category = digestive
aliases = GERD | acid reflux | reflux | heartburn | dyspepsia | gastritis | gastroesophageal reflux
	| GI upset | gastrointestinal upset | upset stomach | peptic ulcer | gastric ulcer | ulcer
	| gastrointestinal disturbances | GI symptoms | gastropathy | NSAID-induced gastritis | stomach pain

[constipation]
name = constipation
category = digestive
aliases = opioid-induced constipation | OIC | opioid induced constipation | irregular bowel movements
not = constitution

[nausea]
name = nausea
category = digestive
aliases = nausea and vomiting | vomiting | emesis | nauseous | postoperative nausea
not = nauseam

[hernia]
name = hernia
category = digestive
aliases = inguinal hernia | umbilical hernia | ventral hernia | hernias | incisional hernia
	| femoral hernia | hiatal hernia
regions = abdomen

[abdominal-pain]
name = abdominal pain
category = digestive
aliases = stomach ache | abdominal cramps | abdominal discomfort | abdominal muscle strain
regions = abdomen

[urinary]
name = urinary disorder
category = genitourinary
aliases = urinary incontinence | incontinence | urinary retention | urinary tract infection | UTI
	| bladder dysfunction | kidney disease | renal insufficiency | chronic kidney disease | CKD

[asthma]
name = asthma
category = respiratory
aliases = COPD | chronic obstructive pulmonary disease | shortness of breath | dyspnea | bronchitis
	| reactive airway disease | pneumonia | respiratory infection

[skin]
name = skin condition
category = skin
aliases = dermatitis | rash | contact dermatitis | eczema | scar | scarring | keloid
	| cellulitis | infection | wound infection | skin lesion
not = cellulite | inflation | inflection | inflections | infliction | infraction

[vision-disorder]
name = vision disorder
category = vision
aliases = blurred vision | visual disturbance | vision loss | diplopia | double vision | eye strain
	| visual impairment | conjunctivitis | eye injury
regions = head

[fatigue]
name = fatigue
category = other
aliases = tiredness | malaise | lethargy | exhaustion | chronic fatigue
not = exhalation | tiredest | tireless

[status-post-surgery]
name = status post surgery
category = other
aliases = status post | s/p | post-surgery | postoperative state | post-operative | status-post
	| history of surgery | aftercare
not = afterward
