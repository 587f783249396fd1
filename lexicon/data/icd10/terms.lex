# ICD-10-CM terms: how clinicians write what the code set's descriptions
# say. Each section is one term (see icd10terms.go for the keys). A
# phrase's words are read left to right, the longest term first; a word
# no term names stands for itself.

# --- words that join, and words a description need not repeat ---

[stop]
role = stop
words = of | the | a | an | and | or | to | in | on | at | with | without | for | due | by | as | is | s | its
	| from | secondary | related | sustained | involving | area | type | nos | d | o | both | side | sided
	| complained | non | post

[boilerplate]
role = boilerplate
words = unspecified | initial | encounter | level | region | site | part | parts | muscle | muscles | fascia
	| tendon | tendons | joint | joints | closed | single | episode | nontraumatic | traumatic | primary
	| essential | unspecified side | upper arm | lower leg | forearm | leg | arm | hand | foot | limb
	| ligaments | ligament | spine | spinal | vertebra | cartilage | wall

[unstated]
role = unstated
words = pathological | stress | osteoporotic | periprosthetic | torus | greenstick | physeal | salter | harris
	| nonunion | malunion | old | cystic | recurrent | intractable | gangrene | obstruction | neoplastic
	| congenital | newborn | pregnancy | puerperium | childbirth | poisoning | adverse | underdosing
	| tuberculous | syphilitic | infective | gonococcal | psychogenic | hypertensive | alcohol | drug | opioid
	| nicotine | personal | family | history | screening | encounter for | observation | aftercare
	| sequela | subsequent | nondisplaced | dental | vertebrogenic | postprocedural | intraoperative
	| complication | prosthetic | implant | graft | device | calcific | status | insertion | removal
	| presence | foreign | body | burn | corrosion | frostbite | bite | superficial | blister | puncture
	| idiopathic | spontaneous | infection | inflammatory | gout | gouty | rheumatoid | juvenile | lupus

# --- severity, course and certainty ---

[noise]
role = noise
words = mild | moderate | severe | acute | chronic | persistent | symptomatic | significant | recurrent
	| intermittent | ongoing | residual | worsening | constant | diagnosis | diagnoses | likely | probable
	| continued | industrial | work | occupational | cumulative | trauma induced | initial encounter
	| x | grade | minor | minimal | small | large | partial thickness | full thickness | focal | diffuse
	| new | old | underlying | multilevel | multiple level | complaints | complaint | symptoms | condition
	| conditions | issues | problems | pathology | closed

[hedge]
role = hedge
words = possible | possibly | rule out | r o | suspect | suspected | suspicion of | questionable | query
	| most likely | probable | presumed | versus | vs | consider

[right]
role = right
words = right | rt | r

[left]
role = left
words = left | lt | l

[bilateral]
role = bilateral
words = bilateral | bilaterally | both | left and right | right and left | bil

[subsequent]
role = subsequent
words = subsequent encounter | subsequent | follow up

[sequela]
role = sequela
words = sequela | sequelae | late effect

[delayed]
role = delayed
words = delayed healing | with delayed healing

[routine]
role = routine
words = routine healing | with routine healing

[open]
role = open
words = open fracture | compound fracture

# --- regions of the spine and the back ---

[lumbar]
words = lumbar | lumbar spine | lumbar region | low back | lower back | lumbar paraspinal | lumbosacral spine
	| lumbar paravertebral | ls spine | l s spine | lumbar back | back lumbar | l1 | l2 | l3 | l4 | l5
means = lumbar | lower back | lumbosacral

[lumbosacral]
words = lumbosacral | lumbosacral region | s1
means = lumbosacral | lumbar | lower back

[cervical]
words = cervical | cervical spine | c spine | neck | cervical region | cervical paraspinal | cervical paravertebral
	| c2 | c3 | c4 | c5 | c6 | c7
means = cervical | neck

[thoracic]
words = thoracic | thoracic spine | t spine | mid back | midback | upper back | thoracic region | dorsal spine
	| thoracic paraspinal | parascapular | thoracic back | t1 | t2 | t3 | t4 | t5 | t6 | t7 | t8 | t9 | t10 | t11
	| t12
means = back wall of thorax | thoracic | thorax

[thoracolumbar]
words = thoracolumbar | thoracolumbar spine
means = thoracolumbar | thoracic | lumbar

[back]
words = back
means = back | lower back | dorsalgia

[spinal]
words = spinal
means = back | lower back | spine

[paraspinal]
words = paraspinal | paravertebral | musculoligamentous | myofascial
means = muscle

# --- joints and limbs: a region a strain or pain code names by its level ---

[shoulder]
words = shoulder | shoulders | glenohumeral | shoulder girdle
means = shoulder | shoulder and upper arm

[elbow]
words = elbow | elbows
means = elbow | forearm

[wrist]
words = wrist | wrists
means = wrist | wrist and hand

[hand]
words = hand | hands
means = hand | wrist and hand

[finger]
words = finger | fingers | digit | digits
means = finger | fingers | hand

[knee]
words = knee | knees
means = knee | lower leg

[ankle]
words = ankle | ankles
means = ankle | ankle and foot

[foot]
words = foot | feet | heel
means = foot | ankle and foot

[hip]
words = hip | hips
means = hip | thigh

[upper-extremity]
words = upper extremity | upper extremities | upper limb | ue | arm | arms
means = upper limb | arm

[lower-extremity]
words = lower extremity | lower extremities | lower limb | le | leg | legs
means = lower limb | leg

[head]
words = head | scalp | cranial
means = head

[face]
words = face | facial
means = face

[temporomandibular]
words = temporomandibular joint | temporomandibular | tmj
means = temporomandibular joint

# --- conditions as clinicians write them ---

[strain]
chapter = 19
words = strain | strains | muscle strain | musculoskeletal strain | pulled muscle | stain
means = strain

[sprain]
chapter = 19
words = sprain | sprains
means = sprain

[sprain-strain]
chapter = 19
words = sprain strain | sprain and strain | strain sprain | strain and sprain | sprains strains
	| sprains and strains | strains and sprains | sprain or strain
prefer = strain | sprain

[pain]
words = pain | pains | ache | aches | aching | arthralgia | discomfort
means = pain | arthralgia | cervicalgia | dorsalgia

[radiculopathy]
words = radiculopathy | radiculitis | radicular pain | radicular symptoms | radicular complaints | radiculopathic
	| radicular pain syndrome | nerve root irritation | radicular
means = radiculopathy

[sciatica]
words = sciatica | sciatic pain
means = sciatica

[disc-displacement]
words = hnp | herniated nucleus pulposus | herniated disc | disc herniation | disc protrusion | disc bulge
	| bulging disc | disc displacement | herniation | protrusion | bulge | bulging | extrusion | disc extrusion
	| intervertebral disc displacement | displacement of intervertebral disc | disc
means = intervertebral disc displacement | disc displacement | intervertebral disc disorders

[disc-degeneration]
words = ddd | degenerative disc disease | disc degeneration | degenerative disc | degenerative disc disorder
	| intervertebral disc degeneration | degenerative joint disease of the spine
means = intervertebral disc degeneration | disc degeneration

[spondylosis]
words = spondylosis | facet arthropathy | facet arthrosis | facet syndrome | degenerative joint disease
	| djd | osteoarthritis of the spine | facet joint arthropathy
means = spondylosis | osteoarthritis

[stenosis]
words = stenosis | spinal stenosis | canal stenosis
means = spinal stenosis | stenosis

[carpal-tunnel]
words = cts | carpal tunnel syndrome | carpal tunnel
means = carpal tunnel syndrome
sign = numbness

[cubital-tunnel]
words = cubital tunnel syndrome | cubital tunnel | ulnar neuropathy | ulnar nerve entrapment
means = lesion of ulnar nerve
sign = elbow pain

[rotator-cuff]
words = rotator cuff | rotator cuff tear | rct
means = rotator cuff
sign = shoulder pain

[impingement]
words = impingement | impingement syndrome | shoulder impingement | subacromial impingement
means = impingement syndrome
sign = shoulder pain

[tendinitis]
words = tendinitis | tendonitis | tendinosis | tendinopathy | tenosynovitis
means = tendinitis | tenosynovitis | enthesopathy

[bicipital]
words = bicipital | biceps
means = bicipital

[lateral-epicondylitis]
words = lateral epicondylitis | tennis elbow | lateral epicondyle tendinitis | lateral epicondylalgia
means = lateral epicondylitis

[medial-epicondylitis]
words = medial epicondylitis | golfer s elbow | golfers elbow
means = medial epicondylitis

[labral-tear]
chapter = 19
words = labral tear | labrum tear | torn labrum | slap lesion | slap tear | labral
means = sprain of superior glenoid labrum | superior glenoid labrum lesion | glenoid labrum

[medial-meniscus-tear]
chapter = 19
words = medial meniscus tear | medial meniscal tear | tear of the medial meniscus | tear of medial meniscus
	| torn medial meniscus | medial meniscus
means = medial meniscus
code = S83.24

[lateral-meniscus-tear]
chapter = 19
words = lateral meniscus tear | lateral meniscal tear | tear of the lateral meniscus | tear of lateral meniscus
	| torn lateral meniscus | lateral meniscus
means = lateral meniscus
code = S83.28

[distal]
words = distal
means = lower end | distal

[proximal]
words = proximal
means = upper end | proximal

[meniscus-tear]
chapter = 19
words = meniscal tear | meniscus tear | torn meniscus | meniscus | meniscal
means = tear of meniscus | meniscus

[acl]
chapter = 19
words = acl | anterior cruciate ligament | acl tear | rupture of the acl | acl rupture
means = anterior cruciate ligament

[mcl]
chapter = 19
words = mcl | medial collateral ligament
means = medial collateral ligament

[tear]
chapter = 19
words = tear | tears | torn | rupture | ruptured
means = tear | sprain

[contusion]
chapter = 19
words = contusion | contusions | bruise | bruising | blunt trauma
means = contusion

[fracture]
chapter = 19
words = fracture | fractures | fx | broken
means = fracture

[nondisplaced]
words = nondisplaced | non displaced | undisplaced
means = nondisplaced

[injury]
chapter = 19
words = injury | injuries | trauma | traumatic injury
means = injury

[laceration]
chapter = 19
words = laceration | lacerations | cut
means = laceration

[crush]
chapter = 19
words = crush injury | crushing injury | crush | crushing
means = crushing injury | crushing
code = T14.8

[dislocation]
chapter = 19
words = dislocation | dislocated
means = dislocation

[internal-derangement]
words = internal derangement | derangement
means = internal derangement

[spasm]
words = spasm | spasms | muscle spasm | muscle spasms
means = muscle spasm | spasm

[myalgia]
words = myalgia | myofascial pain | myofascialgia | muscle pain | myofascial pain syndrome
means = myalgia

[weakness]
words = weakness | muscle weakness
means = muscle weakness

[numbness]
words = numbness | numb | hypoesthesia | decreased sensation
code = R20.0

[paresthesia]
words = paresthesia | paresthesias | tingling | pins and needles | dysesthesia
means = paresthesia of skin

[headache]
words = headache | headaches | cephalgia | cephalalgia
code = R51

[post-traumatic-headache]
words = post traumatic headache | post traumatic headaches | posttraumatic headache | post traumatic cephalgia
	| post traumatic cephalalgia
means = post traumatic headache

[concussion]
words = concussion | concussive
code = S06.0X9A

[post-concussion]
words = post concussion syndrome | postconcussion syndrome | postconcussional syndrome | post concussive syndrome
	| pcs
code = F07.81

[tbi]
words = tbi | traumatic brain injury | brain injury
code = S06.9X9A

[low-back-pain]
words = lbp | low back pain | lower back pain | lumbago | lumbar pain | lumbalgia | lumbar spine pain
	| lumbosacral pain | back pain lower
code = M54.5

[neck-pain]
words = neck pain | cervicalgia | cervical pain | cervical spine pain
code = M54.2

[thoracic-pain]
words = thoracic pain | thoracic spine pain | thoracic back pain | mid back pain | upper back pain
code = M54.6

[back-pain]
words = back pain | dorsalgia | backache
code = M54.9

[chronic-pain]
words = chronic pain | chronic pain syndrome
code = G89.29

[depression]
words = depression | depressive disorder | major depressive disorder | major depression | depressed mood
	| mdd | depressive
code = F32.9

[anxiety]
words = anxiety | anxiety disorder | anxious
code = F41.9

[gad]
words = generalized anxiety disorder | general anxiety disorder | gad
code = F41.1

[insomnia]
words = insomnia | sleep disturbance | sleep disorder | sleeplessness | difficulty sleeping
code = G47.00

[adjustment-disorder]
words = adjustment disorder
code = F43.20

[ptsd]
words = ptsd | post traumatic stress disorder | posttraumatic stress disorder
code = F43.10

[stress]
words = stress
code = Z73.3

[diabetes]
words = diabetes | diabetes mellitus | dm | diabetic | type 2 diabetes | niddm
code = E11.9

[hypertension]
words = hypertension | htn | high blood pressure
code = I10

[dyslipidemia]
words = dyslipidemia | hyperlipidemia | high cholesterol
code = E78.5

[obesity]
words = obesity | obese
code = E66.9

[gerd]
words = gerd | acid reflux | gastroesophageal reflux | reflux
code = K21.9

[migraine]
words = migraine | migraines | migraine headache | migraine headaches
code = G43.909

[dizziness]
words = dizziness | giddiness | dizziness and giddiness | vertigo
code = R42

[nausea]
words = nausea
code = R11.0

[erectile-dysfunction]
words = erectile dysfunction | ed | erectile disorder
code = N52.9

[crps]
words = crps | complex regional pain syndrome | rsd | reflex sympathetic dystrophy
means = complex regional pain syndrome
sign = pain

[plantar-fasciitis]
words = plantar fasciitis | plantar fasciosis
code = M72.2

[de-quervain]
words = de quervain | de quervain s | de quervains | de quervain s disease | de quervain s tenosynovitis
	| dequervain | dequervains
code = M65.4

[trigger-finger]
words = trigger finger | trigger thumb | stenosing tenosynovitis
means = trigger finger

[status-post]
role = status
words = status post | s p | post op | post operative | postoperative | status post surgery
code = Z98.890

[procedure]
role = procedure
words = release | surgery | surgeries | fusion | repair | arthroscopy | arthroscopic | decompression
	| replacement | arthroplasty | laminectomy | discectomy | microdiscectomy | reconstruction | resection
	| laparotomy | acdf | tkr | tka | tha | thr | orif | debridement | meniscectomy | acromioplasty
	| carpal tunnel release | cubital tunnel release | transposition | amputation | procedure | operation

[fall]
role = cause
words = fall | fell | fall from height | slip and fall | trip and fall
code = W19.XXXA

[hearing-loss]
words = hearing loss | deafness
means = hearing loss

[multiple-trauma]
words = multiple trauma | multiple injuries | polytrauma
code = T07

[hernia]
words = hernia | inguinal hernia
means = inguinal hernia

[lesion]
words = lesion | lesions
means = lesion

[piriformis]
words = piriformis syndrome | piriformis
means = lesion of sciatic nerve

[segmental-dysfunction]
words = segmental dysfunction | somatic dysfunction | subluxation complex | segmental and somatic dysfunction
means = segmental and somatic dysfunction

[sacroiliac]
words = sacroiliac | si joint | si | sacroiliac joint
means = sacroiliac | sacral region

[thigh]
words = thigh | thighs
means = thigh
